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
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

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
 * <p>
 * A processor's own view of the source ({@link #forProcessor}) also keeps its stream at
 * most {@link #AHEAD} events ahead of what the processor has taken, as its status reports
 * it after each batch it commits. Axon's pooled processor queues the events it reads for
 * its worker, and once that queue holds 1,024 (a constant of Axon's) its coordinator
 * stops reading and looks again only 100 ms later, whatever the worker has done
 * meanwhile. A projection catching up can take a thousand events in far less than that,
 * so it sat idle for most of every such pause: rebuilt alone, each projection went about
 * twice as fast without them. A stream held back here tells its processor it has nothing,
 * which never fills the queue, and calls the processor back within a millisecond of that
 * position moving.
 */
public final class ProjectionEventSource implements StreamableMessageSource<TrackedEventMessage<?>>, AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(ProjectionEventSource.class);

	/**
	 * How far a processor's stream may run ahead of what the processor has taken: below
	 * the 1,024 events at which Axon's work package counts as full.
	 */
	static final int AHEAD = 1000;

	/** Nothing known of what the processor has taken. */
	static final long UNKNOWN = -1;

	private final EventStore store;

	private final Set<Runnable> waiting = ConcurrentHashMap.newKeySet();

	private final ScheduledExecutorService scheduler;

	private final AtomicBoolean wakeScheduled = new AtomicBoolean();

	private final long window;

	private final SharedReads reads;

	private final Set<WakingStream> heldBack = ConcurrentHashMap.newKeySet();

	private final AtomicBoolean releaseScheduled = new AtomicBoolean();

	private final AtomicLong holds = new AtomicLong();

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
		return new WakingStream(this.reads.open(token), () -> UNKNOWN);
	}

	/**
	 * The source as one processor reads it: its streams run at most {@link #AHEAD} events
	 * ahead of {@code taken}, the position up to which the processor has taken events
	 * ({@link #UNKNOWN} when it cannot tell, and then they are not held back).
	 */
	public StreamableMessageSource<TrackedEventMessage<?>> forProcessor(LongSupplier taken) {
		return new StreamableMessageSource<>() {

			@Override
			public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken token) {
				return new WakingStream(ProjectionEventSource.this.reads.open(token), taken);
			}

			@Override
			public TrackingToken createTailToken() {
				return ProjectionEventSource.this.createTailToken();
			}

			@Override
			public TrackingToken createHeadToken() {
				return ProjectionEventSource.this.createHeadToken();
			}

			@Override
			public TrackingToken createTokenAt(Instant dateTime) {
				return ProjectionEventSource.this.createTokenAt(dateTime);
			}

			@Override
			public TrackingToken createTokenSince(Duration duration) {
				return ProjectionEventSource.this.createTokenSince(duration);
			}

		};
	}

	/** How many streams are held back, waiting for their processor to take events. */
	int heldBack() {
		return this.heldBack.size();
	}

	/** How many times since start a processor's stream was held back. */
	public long holds() {
		return this.holds.get();
	}

	private void holdBack(WakingStream stream) {
		if (this.heldBack.add(stream)) {
			this.holds.incrementAndGet();
		}
		scheduleRelease();
	}

	private void scheduleRelease() {
		if (this.releaseScheduled.compareAndSet(false, true)) {
			this.scheduler.schedule(this::release, 1, TimeUnit.MILLISECONDS);
		}
	}

	/**
	 * Calls back each held stream whose processor has taken events since, and looks again
	 * a millisecond later while any is still held.
	 */
	private void release() {
		this.releaseScheduled.set(false);
		for (WakingStream stream : this.heldBack) {
			if (!stream.ahead()) {
				this.heldBack.remove(stream);
				stream.wake();
			}
		}
		if (!this.heldBack.isEmpty()) {
			scheduleRelease();
		}
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
		this.heldBack.clear();
	}

	/**
	 * The store's stream, with a callback the source runs when events may be there, held
	 * back while it is too far ahead of its processor.
	 */
	private final class WakingStream implements BlockingStream<TrackedEventMessage<?>> {

		private final BlockingStream<TrackedEventMessage<?>> delegate;

		private final LongSupplier taken;

		private volatile Runnable callback;

		/** The position of the last event handed out; read by the releasing thread. */
		private volatile long handed = UNKNOWN;

		/**
		 * What the processor had taken when last asked, which only grows: asked again
		 * only once the stream is {@link #AHEAD} past it.
		 */
		private volatile long lastTaken = UNKNOWN;

		WakingStream(BlockingStream<TrackedEventMessage<?>> delegate, LongSupplier taken) {
			this.delegate = delegate;
			this.taken = taken;
		}

		boolean ahead() {
			long handed = this.handed;
			if (handed == UNKNOWN || (this.lastTaken != UNKNOWN && handed - this.lastTaken < AHEAD)) {
				return false;
			}
			long taken = this.taken.getAsLong();
			this.lastTaken = taken;
			return taken != UNKNOWN && handed - taken >= AHEAD;
		}

		void wake() {
			Runnable current = this.callback;
			if (current != null) {
				current.run();
			}
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
			if (ahead()) {
				holdBack(this);
				return false;
			}
			return this.delegate.hasNextAvailable(timeout, unit);
		}

		@Override
		public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
			TrackedEventMessage<?> event = this.delegate.nextAvailable();
			TrackingToken token = event.trackingToken();
			if (token != null) {
				token.position().ifPresent((position) -> this.handed = position);
			}
			return event;
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
			ProjectionEventSource.this.heldBack.remove(this);
			this.delegate.close();
		}

	}

}
