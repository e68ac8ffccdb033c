package org.newsdesk.tracker.application.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.callbacks.FutureCallback;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.MessageHandler;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Commands waiting together are handled in one transaction; a group with a failing
 * command is rolled back and its commands handled one by one, each caller told its own
 * outcome; one aggregate's commands keep their order; a command sent from a handler is
 * handled on the sender's thread.
 */
class GroupCommitCommandBusTest {

	private final Transactions transactions = new Transactions();

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	private GroupCommitCommandBus bus;

	@AfterEach
	void close() {
		if (this.bus != null) {
			this.bus.close();
		}
	}

	private GroupCommitCommandBus bus(int workers, MessageHandler<CommandMessage<?>> handler) {
		this.bus = new GroupCommitCommandBus(SimpleCommandBus.builder(), this.transactions,
				new RememberedTargetResolver(), workers, 32, this.meters);
		this.bus.subscribe(Step.class.getName(), handler);
		return this.bus;
	}

	private static FutureCallback<Object, Object> send(GroupCommitCommandBus bus, String target, String text) {
		return send(bus, target, text, Map.of());
	}

	private static FutureCallback<Object, Object> send(GroupCommitCommandBus bus, String target, String text,
			Map<String, ?> metaData) {
		FutureCallback<Object, Object> answer = new FutureCallback<>();
		bus.dispatch(GenericCommandMessage.asCommandMessage(new Step(target, text)).andMetaData(metaData), answer);
		return answer;
	}

	private static Object result(FutureCallback<Object, Object> answer) {
		CommandResultMessage<?> result = answer.getResult(30, TimeUnit.SECONDS);
		assertThat(result).as("answered within 30 s").isNotNull();
		if (result.isExceptional()) {
			return result.exceptionResult();
		}
		return result.getPayload();
	}

	/**
	 * One worker whose handler holds at the first command, counts what it handles and
	 * refuses the command named "refused".
	 */
	private GroupCommitCommandBus countingBus(Gate gate, AtomicInteger handled) {
		return bus(1, (message) -> {
			Step step = (Step) message.getPayload();
			gate.holdIfFirst(step);
			handled.incrementAndGet();
			if (step.text.equals("refused")) {
				throw new IllegalStateException("refused by the aggregate");
			}
			return step.text + " done";
		});
	}

	/** Holds the single worker in the first command until released. */
	private static final class Gate {

		final CountDownLatch entered = new CountDownLatch(1);

		final CountDownLatch released = new CountDownLatch(1);

		void holdIfFirst(Step step) throws InterruptedException {
			if (step.text.equals("first")) {
				this.entered.countDown();
				assertThat(this.released.await(30, TimeUnit.SECONDS)).isTrue();
			}
		}

		void awaitEntered() throws InterruptedException {
			assertThat(this.entered.await(30, TimeUnit.SECONDS)).as("the worker took the first command").isTrue();
		}

	}

	@Test
	void commandsWaitingTogetherAreCommittedInOneTransaction() throws Exception {
		Gate gate = new Gate();
		GroupCommitCommandBus bus = bus(1, (message) -> {
			Step step = (Step) message.getPayload();
			gate.holdIfFirst(step);
			return step.text + " done";
		});
		FutureCallback<Object, Object> first = send(bus, "claim-0", "first");
		gate.awaitEntered();
		List<FutureCallback<Object, Object>> waiting = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			waiting.add(send(bus, "claim-" + i, "step " + i));
		}
		gate.released.countDown();
		assertThat(result(first)).isEqualTo("first done");
		for (int i = 0; i < 5; i++) {
			assertThat(result(waiting.get(i))).isEqualTo("step " + i + " done");
		}
		assertThat(this.transactions.started.get()).as("one for the first, one for the five").isEqualTo(2);
		assertThat(this.transactions.committed.get()).isEqualTo(2);
		assertThat(this.meters.get("tracker.commands.group.size").summary().max()).isEqualTo(5);
	}

	@Test
	void aFailingCommandRollsItsGroupBackAndEachCommandIsHandledAlone() throws Exception {
		Gate gate = new Gate();
		AtomicInteger handled = new AtomicInteger();
		GroupCommitCommandBus bus = countingBus(gate, handled);
		FutureCallback<Object, Object> first = send(bus, "claim-0", "first");
		gate.awaitEntered();
		FutureCallback<Object, Object> before = send(bus, "claim-1", "before");
		FutureCallback<Object, Object> refused = send(bus, "claim-2", "refused");
		FutureCallback<Object, Object> after = send(bus, "claim-3", "after");
		gate.released.countDown();
		assertThat(result(first)).isEqualTo("first done");
		assertThat(result(before)).isEqualTo("before done");
		assertThat((Throwable) result(refused)).isInstanceOf(IllegalStateException.class)
			.hasMessage("refused by the aggregate");
		assertThat(result(after)).isEqualTo("after done");
		// The group stopped at the refusal and was rolled back; then the three alone.
		assertThat(handled.get()).isEqualTo(1 + 2 + 3);
		assertThat(this.transactions.rolledBack.get()).as("the group, then the refused command alone").isEqualTo(2);
		assertThat(this.transactions.committed.get()).as("first, before, after").isEqualTo(3);
		assertThat(this.meters.get("tracker.commands.group.redone").counter().count()).isEqualTo(1);
	}

	@Test
	void aGroupWhoseCommitFailsIsHandledAgainCommandByCommand() throws Exception {
		Gate gate = new Gate();
		AtomicInteger handled = new AtomicInteger();
		GroupCommitCommandBus bus = countingBus(gate, handled);
		FutureCallback<Object, Object> first = send(bus, "claim-0", "first");
		gate.awaitEntered();
		// The second transaction, the group's, fails to commit (a unique index, another
		// node): nothing of it stands.
		this.transactions.failingCommit.set(2);
		List<FutureCallback<Object, Object>> waiting = new ArrayList<>();
		for (int i = 1; i <= 3; i++) {
			waiting.add(send(bus, "claim-" + i, "step " + i));
		}
		gate.released.countDown();
		assertThat(result(first)).isEqualTo("first done");
		for (int i = 1; i <= 3; i++) {
			assertThat(result(waiting.get(i - 1))).isEqualTo("step " + i + " done");
		}
		assertThat(handled.get()).as("the first, the group of three, then the three alone").isEqualTo(1 + 3 + 3);
		assertThat(this.transactions.started.get()).isEqualTo(1 + 1 + 3);
		assertThat(this.transactions.committed.get()).as("the first and the three alone").isEqualTo(4);
		assertThat(this.transactions.rolledBack.get()).as("the group").isEqualTo(1);
		assertThat(this.meters.get("tracker.commands.group.redone").counter().count()).isEqualTo(1);
	}

	@Test
	void eachCommandOfAGroupSeesItsOwnMetadata() throws Exception {
		Gate gate = new Gate();
		GroupCommitCommandBus bus = bus(1, (message) -> {
			gate.holdIfFirst((Step) message.getPayload());
			return CurrentUnitOfWork.get().getCorrelationData().get("recordedBy");
		});
		bus.registerHandlerInterceptor(
				new CorrelationDataInterceptor<>(List.of(new SimpleCorrelationDataProvider("recordedBy"))));
		FutureCallback<Object, Object> first = send(bus, "claim-0", "first", Map.of("recordedBy", "editor-0"));
		gate.awaitEntered();
		List<FutureCallback<Object, Object>> waiting = new ArrayList<>();
		for (int i = 1; i <= 4; i++) {
			waiting.add(send(bus, "claim-" + i, "step", Map.of("recordedBy", "editor-" + i)));
		}
		gate.released.countDown();
		assertThat(result(first)).isEqualTo("editor-0");
		for (int i = 1; i <= 4; i++) {
			assertThat(result(waiting.get(i - 1))).isEqualTo("editor-" + i);
		}
		assertThat(this.transactions.started.get()).isEqualTo(2);
	}

	@Test
	void oneAggregatesCommandsAreHandledInTheOrderSent() throws Exception {
		List<String> seen = Collections.synchronizedList(new ArrayList<>());
		GroupCommitCommandBus bus = bus(4, (message) -> {
			Step step = (Step) message.getPayload();
			seen.add(step.target + ":" + step.text);
			return Thread.currentThread().getName();
		});
		List<FutureCallback<Object, Object>> answers = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			answers.add(send(bus, "claim-" + (i % 7), String.valueOf(i)));
		}
		List<Object> threads = new ArrayList<>();
		for (FutureCallback<Object, Object> answer : answers) {
			threads.add(result(answer));
		}
		for (int claim = 0; claim < 7; claim++) {
			int aggregate = claim;
			String prefix = "claim-" + claim + ":";
			List<Integer> order = seen.stream()
				.filter((entry) -> entry.startsWith(prefix))
				.map((entry) -> Integer.parseInt(entry.substring(prefix.length())))
				.toList();
			assertThat(order).as(prefix).isSorted().hasSize((200 - claim + 6) / 7);
			// One worker for each aggregate.
			assertThat(IntStream.range(0, 200).filter((i) -> i % 7 == aggregate).mapToObj(threads::get).distinct())
				.hasSize(1);
		}
		assertThat(threads).allSatisfy((thread) -> assertThat(thread.toString()).startsWith("command-group-"));
	}

	@Test
	void aCommandSentFromAHandlerIsHandledOnTheSendersThread() throws Exception {
		GroupCommitCommandBus[] self = new GroupCommitCommandBus[1];
		self[0] = bus(1, (message) -> {
			Step step = (Step) message.getPayload();
			if (step.text.equals("outer")) {
				// Queued behind its sender on the one worker, it would never be handled.
				return result(send(self[0], "claim-9", "inner"));
			}
			return "inner on " + Thread.currentThread().getName();
		});
		assertThat(result(send(self[0], "claim-1", "outer"))).isEqualTo("inner on command-group-0");
	}

	@Test
	void commandsQueuedWhenTheBusClosesAreStillHandled() throws Exception {
		Gate gate = new Gate();
		AtomicInteger handled = new AtomicInteger();
		GroupCommitCommandBus bus = countingBus(gate, handled);
		FutureCallback<Object, Object> first = send(bus, "claim-0", "first");
		gate.awaitEntered();
		List<FutureCallback<Object, Object>> waiting = new ArrayList<>();
		for (int i = 1; i <= 40; i++) {
			waiting.add(send(bus, "claim-" + i, "step " + i));
		}
		Thread closing = new Thread(bus::close);
		closing.start();
		gate.released.countDown();
		closing.join(TimeUnit.SECONDS.toMillis(30));
		assertThat(closing.isAlive()).as("closed within 30 s").isFalse();
		assertThat(result(first)).isEqualTo("first done");
		for (int i = 1; i <= 40; i++) {
			assertThat(result(waiting.get(i - 1))).isEqualTo("step " + i + " done");
		}
		assertThat(handled.get()).isEqualTo(41);
	}

	@Test
	void afterClosingCommandsAreHandledOnTheSendersThread() {
		GroupCommitCommandBus bus = bus(2, (message) -> Thread.currentThread().getName());
		assertThat(result(send(bus, "claim-1", "before"))).asString().startsWith("command-group-");
		bus.close();
		assertThat(result(send(bus, "claim-1", "after"))).isEqualTo(Thread.currentThread().getName());
	}

	/** A command aimed at an aggregate. */
	static final class Step {

		@TargetAggregateIdentifier
		final String target;

		final String text;

		Step(String target, String text) {
			this.target = target;
			this.text = text;
		}

	}

	/** Counts transactions started, committed and rolled back. */
	static final class Transactions implements TransactionManager {

		final AtomicInteger started = new AtomicInteger();

		final AtomicInteger committed = new AtomicInteger();

		final AtomicInteger rolledBack = new AtomicInteger();

		/** The number of the transaction whose commit fails, or 0 for none. */
		final AtomicInteger failingCommit = new AtomicInteger();

		@Override
		public Transaction startTransaction() {
			int number = this.started.incrementAndGet();
			return new Transaction() {
				@Override
				public void commit() {
					if (number == Transactions.this.failingCommit.get()) {
						throw new IllegalStateException("commit " + number + " refused by the store");
					}
					Transactions.this.committed.incrementAndGet();
				}

				@Override
				public void rollback() {
					Transactions.this.rolledBack.incrementAndGet();
				}
			};
		}

	}

}
