package org.newsdesk.tracker.application.store;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The event store as the projections' processors read it. Axon's pooled processors ask
 * their source to call them back when events become available; the embedded event store
 * cannot, so a processor with nothing to do looked for new events only every half second,
 * and an idle projection showed a new development up to half a second late. This source
 * wakes the processors {@code window} after a transaction of this node commits events,
 * once for all the commits of that window, and every {@code period} in any case, for
 * events appended by other nodes. The window keeps several developments to a processor's
 * transaction under load: woken at every commit, each of the four projections committed
 * once per development, and the appends slowed to half.
 */
public final class ProjectionEventSource implements StreamableMessageSource<TrackedEventMessage<?>>, AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(ProjectionEventSource.class);

	private final EventStore store;

	private final Set<Runnable> waiting = ConcurrentHashMap.newKeySet();

	private final ScheduledExecutorService scheduler;

	private final AtomicBoolean wakeScheduled = new AtomicBoolean();

	private final long window;

	private final SharedReads reads;

	/**
	 * @param sharedEvents how many events the streams catching up together keep for one
	 * another ({@link SharedReads})
	 * @param stall how long a stream catching up with others may keep them waiting
	 * without moving
	 */
	public ProjectionEventSource(EventStore store, Duration window, Duration period, int sharedEvents, Duration stall) {
		this.store = store;
		this.reads = new SharedReads(store::openStream, sharedEvents, stall.toMillis(), TimeUnit.MILLISECONDS,
				System::nanoTime);
		this.window = window.toMillis();
		this.scheduler = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "projection-wake-up");
			thread.setDaemon(true);
			return thread;
		});
		this.scheduler.scheduleWithFixedDelay(this::wakeAll, period.toMillis(), period.toMillis(),
				TimeUnit.MILLISECONDS);
		store.subscribe((events) -> {
			if (CurrentUnitOfWork.isStarted()) {
				CurrentUnitOfWork.get().root().afterCommit((unitOfWork) -> committed());
			}
			else {
				committed();
			}
		});
	}

	/**
	 * Events of this node are committed: the processors are woken at the end of the
	 * window, with whatever else is committed by then.
	 */
	void committed() {
		if (this.wakeScheduled.compareAndSet(false, true)) {
			this.scheduler.schedule(() -> {
				this.wakeScheduled.set(false);
				wakeAll();
			}, this.window, TimeUnit.MILLISECONDS);
		}
	}

	private void wakeAll() {
		for (Runnable callback : this.waiting) {
			try {
				callback.run();
			}
			catch (RuntimeException ex) {
				logger.warn("A processor's wake-up failed; it will look for events on its own", ex);
			}
		}
	}

	/** How many open streams wait to be woken. */
	int waiting() {
		return this.waiting.size();
	}

	@Override
	public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken token) {
		return new WakingStream(this.reads.open(token));
	}

	@Override
	public TrackingToken createTailToken() {
		return this.store.createTailToken();
	}

	@Override
	public TrackingToken createHeadToken() {
		return this.store.createHeadToken();
	}

	@Override
	public TrackingToken createTokenAt(Instant dateTime) {
		return this.store.createTokenAt(dateTime);
	}

	@Override
	public TrackingToken createTokenSince(Duration duration) {
		return this.store.createTokenSince(duration);
	}

	@Override
	public void close() {
		this.scheduler.shutdownNow();
		this.waiting.clear();
	}

	/** The store's stream, with a callback the source runs when events may be there. */
	private final class WakingStream implements BlockingStream<TrackedEventMessage<?>> {

		private final BlockingStream<TrackedEventMessage<?>> delegate;

		private volatile Runnable callback;

		WakingStream(BlockingStream<TrackedEventMessage<?>> delegate) {
			this.delegate = delegate;
		}

		@Override
		public boolean setOnAvailableCallback(Runnable callback) {
			Runnable previous = this.callback;
			if (previous != null) {
				ProjectionEventSource.this.waiting.remove(previous);
			}
			this.callback = callback;
			ProjectionEventSource.this.waiting.add(callback);
			this.delegate.setOnAvailableCallback(callback);
			return true;
		}

		@Override
		public Optional<TrackedEventMessage<?>> peek() {
			return this.delegate.peek();
		}

		@Override
		public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
			return this.delegate.hasNextAvailable(timeout, unit);
		}

		@Override
		public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
			return this.delegate.nextAvailable();
		}

		@Override
		public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
			this.delegate.skipMessagesWithPayloadTypeOf(ignoredMessage);
		}

		@Override
		public void close() {
			Runnable current = this.callback;
			if (current != null) {
				ProjectionEventSource.this.waiting.remove(current);
			}
			this.delegate.close();
		}

	}

}
