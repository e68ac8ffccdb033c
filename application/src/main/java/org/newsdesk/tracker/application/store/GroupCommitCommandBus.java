package org.newsdesk.tracker.application.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.CommandCallback;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandResultMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.common.Registration;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.DefaultInterceptorChain;
import org.axonframework.messaging.MessageHandler;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Axon's command bus, with the commands that arrive together committed together: group
 * commit. A command's handling is Axon's as before (the same handler, interceptors and
 * aggregate repository), but instead of a transaction of its own, the commands waiting
 * when a worker is free are handled one after another in one unit of work and one
 * transaction: their events are appended in one statement and committed once. Under load
 * this spares each command most of its round trips to the store and its own commit;
 * alone, a command is handled as Axon handles it, one worker thread away from its caller.
 * <p>
 * Commands are spread over the workers by the aggregate they are aimed at, so one
 * aggregate's commands are handled in order by one thread and two workers never wait on
 * each other's aggregate locks.
 * <p>
 * A group stands or falls whole: when any of its commands fails (a rejection, a conflict
 * with another node, a development id taken) or the commit does, the group's transaction
 * is rolled back, the aggregates it touched are dropped from memory by Axon's repository,
 * and each command of the group is handled again on its own, in its own transaction,
 * exactly as Axon's bus would have: each caller gets the outcome its command alone has.
 * No command is applied twice, since the group left nothing behind.
 * <p>
 * A command sent while a unit of work is active (from within a handler) is handled on the
 * sending thread, as Axon's bus does.
 */
public class GroupCommitCommandBus extends SimpleCommandBus implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(GroupCommitCommandBus.class);

	private final TransactionManager transactionManager;

	private final CommandTargetResolver targets;

	private final List<MessageHandlerInterceptor<? super CommandMessage<?>>> interceptors = new CopyOnWriteArrayList<>();

	private final List<Worker> workers = new ArrayList<>();

	private final int largestGroup;

	private final AtomicBoolean closed = new AtomicBoolean();

	private final DistributionSummary groupSizes;

	private final Counter groupsRedone;

	/**
	 * @param builder Axon's bus as configured
	 * @param transactionManager the one given to the builder
	 * @param targets finds the aggregate a command is aimed at
	 * @param workers how many threads handle commands (at least one)
	 * @param largestGroup how many commands one transaction takes at most (one turns
	 * grouping off: every command is handled alone, on a worker)
	 */
	GroupCommitCommandBus(Builder builder, TransactionManager transactionManager, CommandTargetResolver targets,
			int workers, int largestGroup, MeterRegistry meters) {
		super(builder.transactionManager(transactionManager));
		if (workers < 1 || largestGroup < 1) {
			throw new IllegalArgumentException(
					"tracker.commands.group-commit needs at least one worker and a group of at least one");
		}
		this.transactionManager = transactionManager;
		this.targets = targets;
		this.largestGroup = largestGroup;
		this.groupSizes = DistributionSummary.builder("tracker.commands.group.size")
			.description("Commands committed together in one transaction")
			.publishPercentiles(0.5, 0.99)
			.register(meters);
		this.groupsRedone = Counter.builder("tracker.commands.group.redone")
			.description("Groups rolled back because one of their commands or their commit failed, "
					+ "whose commands were then handled one by one")
			.register(meters);
		for (int index = 0; index < workers; index++) {
			Worker worker = new Worker("command-group-" + index);
			this.workers.add(worker);
			worker.thread.start();
		}
	}

	@Override
	public Registration registerHandlerInterceptor(MessageHandlerInterceptor<? super CommandMessage<?>> interceptor) {
		Registration registration = super.registerHandlerInterceptor(interceptor);
		this.interceptors.add(interceptor);
		return () -> {
			this.interceptors.remove(interceptor);
			return registration.cancel();
		};
	}

	@Override
	protected <C, R> void handle(CommandMessage<C> command, MessageHandler<? super CommandMessage<?>> handler,
			CommandCallback<? super C, ? super R> callback) {
		if (this.closed.get() || CurrentUnitOfWork.isStarted()) {
			super.handle(command, handler, callback);
			return;
		}
		Worker worker = (this.workers.size() == 1) ? this.workers.get(0)
				: this.workers.get(Math.floorMod(partitionKey(command), this.workers.size()));
		Pending<C, R> pending = new Pending<>(command, handler, callback);
		worker.queue.add(pending);
		// Closed meanwhile: the worker may have taken its last commands before this one.
		// Whichever of the two removes it from the queue handles it.
		if (this.closed.get() && worker.queue.remove(pending)) {
			super.handle(command, handler, callback);
		}
	}

	private int partitionKey(CommandMessage<?> command) {
		try {
			return String.valueOf(this.targets.resolveTarget(command).getIdentifier()).hashCode();
		}
		catch (RuntimeException ex) {
			// The handler reports the missing target.
			return 0;
		}
	}

	/** Stops taking commands: those queued are handled, later ones on their senders. */
	@Override
	public void close() {
		if (!this.closed.compareAndSet(false, true)) {
			return;
		}
		for (Worker worker : this.workers) {
			worker.queue.add(Pending.END);
		}
		for (Worker worker : this.workers) {
			try {
				worker.thread.join(TimeUnit.SECONDS.toMillis(30));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	/** Handles a group in one unit of work; false when it was rolled back. */
	private boolean handleTogether(List<Pending<?, ?>> group) {
		List<CommandMessage<?>> commands = new ArrayList<>(group.size());
		for (Pending<?, ?> pending : group) {
			commands.add(pending.command);
		}
		BatchingUnitOfWork<CommandMessage<?>> unitOfWork = new BatchingUnitOfWork<>(commands);
		unitOfWork.start();
		try {
			unitOfWork.attachTransaction(this.transactionManager);
		}
		catch (RuntimeException ex) {
			// Axon rolled the unit back; each command will meet the failure on its own.
			return false;
		}
		int[] next = { 0 };
		unitOfWork.executeWithResult(() -> {
			Pending<?, ?> pending = group.get(next[0]++);
			pending.result = new DefaultInterceptorChain<>(unitOfWork, this.interceptors, pending.handler).proceed();
			return pending.result;
		}, RollbackConfigurationType.ANY_THROWABLE);
		return !unitOfWork.isRolledBack();
	}

	private void handleGroup(List<Pending<?, ?>> group) {
		this.groupSizes.record(group.size());
		if (group.size() == 1) {
			group.get(0).handleAlone(this);
			return;
		}
		boolean committed;
		try {
			committed = handleTogether(group);
		}
		catch (RuntimeException | Error ex) {
			logger.warn("A group of {} commands failed outside their handlers; handling them one by one", group.size(),
					ex);
			committed = false;
		}
		finally {
			// Whatever happened, nothing of this group's unit of work stays bound to the
			// worker.
			while (CurrentUnitOfWork.isStarted()) {
				UnitOfWork<?> left = CurrentUnitOfWork.get();
				try {
					left.rollback();
				}
				catch (RuntimeException ex) {
					CurrentUnitOfWork.clear(left);
				}
			}
		}
		if (committed) {
			for (Pending<?, ?> pending : group) {
				pending.answer();
			}
			return;
		}
		this.groupsRedone.increment();
		for (Pending<?, ?> pending : group) {
			pending.handleAlone(this);
		}
	}

	/** Handles a command alone, as Axon's bus does; for {@link Pending}. */
	private <C, R> void handleAlone(CommandMessage<C> command, MessageHandler<? super CommandMessage<?>> handler,
			CommandCallback<? super C, ? super R> callback) {
		super.handle(command, handler, callback);
	}

	/** A command waiting for a worker, with what is needed to handle and answer it. */
	private static final class Pending<C, R> {

		static final Pending<Object, Object> END = new Pending<>(null, null, null);

		final CommandMessage<C> command;

		final MessageHandler<? super CommandMessage<?>> handler;

		final CommandCallback<? super C, ? super R> callback;

		Object result;

		Pending(CommandMessage<C> command, MessageHandler<? super CommandMessage<?>> handler,
				CommandCallback<? super C, ? super R> callback) {
			this.command = command;
			this.handler = handler;
			this.callback = callback;
		}

		void handleAlone(GroupCommitCommandBus bus) {
			try {
				bus.handleAlone(this.command, this.handler, this.callback);
			}
			catch (RuntimeException | Error ex) {
				// Axon's bus answers every failure of a handler or commit through the
				// callback; anything else still reaches the waiting sender.
				this.callback.onResult(this.command, GenericCommandResultMessage.asCommandResultMessage(ex));
			}
		}

		void answer() {
			try {
				this.callback.onResult(this.command, GenericCommandResultMessage.asCommandResultMessage(this.result));
			}
			catch (RuntimeException ex) {
				logger.error("The sender of {} could not be answered", this.command.getCommandName(), ex);
			}
		}

	}

	/** A thread handling the commands of its share of the aggregates, in groups. */
	private final class Worker {

		final BlockingQueue<Pending<?, ?>> queue = new LinkedBlockingQueue<>();

		final Thread thread;

		Worker(String name) {
			this.thread = new Thread(this::run, name);
			this.thread.setDaemon(true);
		}

		private void run() {
			List<Pending<?, ?>> group = new ArrayList<>(GroupCommitCommandBus.this.largestGroup);
			boolean ending = false;
			while (!ending) {
				try {
					group.add(this.queue.take());
				}
				catch (InterruptedException ex) {
					logger.warn("{} interrupted; commands sent later are handled on their senders' threads",
							this.thread.getName());
					GroupCommitCommandBus.this.closed.set(true);
					ending = true;
				}
				this.queue.drainTo(group, GroupCommitCommandBus.this.largestGroup - group.size());
				ending |= group.remove(Pending.END);
				if (ending) {
					// Whatever is queued now is handled too; a command queued later is
					// handled by its sender (see handle).
					this.queue.drainTo(group);
					group.remove(Pending.END);
				}
				if (!group.isEmpty()) {
					handleAll(group);
				}
				group.clear();
			}
		}

		private void handleAll(List<Pending<?, ?>> commands) {
			for (int from = 0; from < commands.size(); from += GroupCommitCommandBus.this.largestGroup) {
				List<Pending<?, ?>> group = commands.subList(from,
						Math.min(commands.size(), from + GroupCommitCommandBus.this.largestGroup));
				try {
					handleGroup(new ArrayList<>(group));
				}
				catch (RuntimeException | Error ex) {
					logger.error("Commands could not be handled", ex);
				}
			}
		}

	}

}
