package org.newsdesk.tracker.application.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.LongSupplier;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One read of the event store for all the projections' streams that catch up from the
 * same place. Each projection has its own processor and stream; rebuilding all four read
 * and deserialized every event four times, which was most of the work of a rebuild that
 * was not the projections' own. Streams opened at the same token now share a
 * <em>tape</em>: the events one of them reads from the store are kept, up to
 * {@code capacity}, for the others, message objects and their deserialized payloads
 * included.
 * <p>
 * A stream joins a tape only where the tape's tracking token equals its own, so it is
 * given exactly what a read of its own from that token would have given at the time the
 * tape read it; the tokens it then reports are the tape's. Tokens mark where each
 * projection is, so nothing is applied twice or skipped.
 * <p>
 * The streams on a tape move at the pace of the slowest: a stream that is
 * {@code capacity} events ahead of another waits (its processor is told it has nothing,
 * and called back when there is room), unless the one behind has not moved for
 * {@code stall}, which then leaves the tape and reads on by itself. A stream that reaches
 * the newest events leaves the tape too: at the head the event store already serves the
 * processors from one cache, and a projection kept waiting there would lag.
 * <p>
 * Each stream is used by one thread at a time, as a pooled processor's coordinator does.
 * A stream waiting for room answers that it has nothing, so Axon's own status may call
 * its processor caught up meanwhile; the tracker's rebuild status is read from the tokens
 * and does not depend on it. The store is read while a tape's monitor is held, so the
 * streams behind on it wait for one fetch of the store at a time.
 */
final class SharedReads {

	private static final Logger logger = LoggerFactory.getLogger(SharedReads.class);

	private final Function<TrackingToken, BlockingStream<TrackedEventMessage<?>>> store;

	private final int capacity;

	private final long stallNanos;

	private final LongSupplier clock;

	private final List<Tape> tapes = new ArrayList<>();

	/**
	 * @param store opens a stream of the store at a token, as the event store does
	 * @param capacity how many events a tape keeps at most
	 * @param stall how long a stream may keep the others waiting without moving
	 * @param clock nanoseconds, as {@link System#nanoTime()}
	 */
	SharedReads(Function<TrackingToken, BlockingStream<TrackedEventMessage<?>>> store, int capacity, long stall,
			TimeUnit stallUnit, LongSupplier clock) {
		if (capacity < 1) {
			throw new IllegalArgumentException("a tape keeps at least one event, not " + capacity);
		}
		this.store = store;
		this.capacity = capacity;
		this.stallNanos = stallUnit.toNanos(stall);
		this.clock = clock;
	}

	/** A stream of the store from {@code token}, on a tape where one reads from there. */
	BlockingStream<TrackedEventMessage<?>> open(TrackingToken token) {
		synchronized (this.tapes) {
			this.tapes.removeIf(Tape::isClosed);
			for (Tape tape : this.tapes) {
				Reader joined = tape.join(token);
				if (joined != null) {
					return joined;
				}
			}
			Tape tape = new Tape(token);
			this.tapes.add(tape);
			return tape.join(token);
		}
	}

	/** How many tapes are open: for tests. */
	int tapes() {
		synchronized (this.tapes) {
			this.tapes.removeIf(Tape::isClosed);
			return this.tapes.size();
		}
	}

	/**
	 * The events read once from the store for the streams on it, from the oldest still
	 * kept to the newest, in a ring of {@code capacity}. Absolute positions count from
	 * the tape's start.
	 */
	private final class Tape {

		private final TrackedEventMessage<?>[] ring = new TrackedEventMessage<?>[SharedReads.this.capacity];

		private final Set<Reader> readers = new HashSet<>();

		private final Set<Reader> waitingForRoom = new HashSet<>();

		private final long created = SharedReads.this.clock.getAsLong();

		/**
		 * The store's stream, at {@link #end}; null once closed or handed to a reader.
		 */
		private BlockingStream<TrackedEventMessage<?>> source;

		/** The token before the oldest event kept. */
		private TrackingToken firstToken;

		private long first;

		private long end;

		private volatile boolean closed;

		/** Counts the moves and departures readers may wait for. */
		private long changes;

		Tape(TrackingToken start) {
			this.firstToken = start;
			this.source = SharedReads.this.store.apply(start);
		}

		boolean isClosed() {
			return this.closed;
		}

		/**
		 * A reader from where {@code token} stands on this tape, or null when it is not
		 * on it.
		 */
		synchronized Reader join(TrackingToken token) {
			if (this.closed) {
				return null;
			}
			// After the last event kept with that token (upcasting may give
			// several events one token); else at the oldest, when the token
			// stands just before it.
			long at = -1;
			for (long i = this.end - 1; i >= this.first && at < 0; i--) {
				if (Objects.equals(token, at(i).trackingToken())) {
					at = i + 1;
				}
			}
			if (at < 0 && Objects.equals(token, this.firstToken)) {
				at = this.first;
			}
			if (at < 0) {
				return null;
			}
			Reader reader = new Reader(this, at, token);
			this.readers.add(reader);
			logger.debug("A stream from {} reads on a tape with {} others", token, this.readers.size() - 1);
			return reader;
		}

		private TrackedEventMessage<?> at(long position) {
			return this.ring[(int) (position % this.ring.length)];
		}

		/**
		 * The event at the reader's position, read from the store if the reader is the
		 * first there, and passed if {@code consume}; null when there is none for it on
		 * this tape now (the reader may have been detached meanwhile).
		 */
		TrackedEventMessage<?> next(Reader reader, boolean consume) {
			List<Runnable> wake = null;
			TrackedEventMessage<?> event = null;
			synchronized (this) {
				reader.seenChanges = this.changes;
				long oldest = this.first;
				boolean filled = reader.detached || reader.position < this.end || fill(reader);
				if (this.first > oldest && !this.waitingForRoom.isEmpty()) {
					// Room was made: its waiters need not wait for the next wake-up.
					wake = wakeWaiting();
				}
				if (!reader.detached && filled) {
					event = at(reader.position);
					if (consume) {
						if (reader.position == this.first && !this.waitingForRoom.isEmpty()) {
							wake = concat(wake, wakeWaiting());
						}
						reader.position++;
						reader.token = event.trackingToken();
						reader.moved = SharedReads.this.clock.getAsLong();
					}
				}
			}
			run(wake);
			return event;
		}

		/** The call-backs of the readers waiting for room, which wait no longer. */
		private List<Runnable> wakeWaiting() {
			List<Runnable> callbacks = callbacks(this.waitingForRoom);
			this.waitingForRoom.clear();
			changed();
			return callbacks;
		}

		private List<Runnable> concat(List<Runnable> first, List<Runnable> second) {
			if (first == null) {
				return second;
			}
			List<Runnable> both = new ArrayList<>(first);
			both.addAll(second);
			return both;
		}

		/**
		 * Adds the store's next event at the end for {@code reader}, which stands there.
		 * False when the tape has no room yet, or when the store has nothing more for
		 * now: the reader then leaves the tape.
		 */
		private boolean fill(Reader reader) {
			if (this.end - this.first == this.ring.length && !makeRoom(reader)) {
				return false;
			}
			if (!this.source.hasNextAvailable()) {
				atTheHead(reader);
				return false;
			}
			TrackedEventMessage<?> read;
			try {
				read = this.source.nextAvailable();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
			this.ring[(int) (this.end % this.ring.length)] = read;
			this.end++;
			return true;
		}

		/**
		 * Drops the oldest events, those every reader has passed. A reader that keeps the
		 * others waiting without moving for longer than the stall leaves the tape. A
		 * young tape keeps its first events, for the streams that open at the same place
		 * a moment later (rebuilds requested one projection after another).
		 */
		private boolean makeRoom(Reader waiting) {
			long now = SharedReads.this.clock.getAsLong();
			if (now - this.created < SharedReads.this.stallNanos / 2) {
				this.waitingForRoom.add(waiting);
				return false;
			}
			for (Reader reader : new ArrayList<>(this.readers)) {
				if (reader != waiting && reader.position == this.first
						&& now - reader.moved > SharedReads.this.stallNanos) {
					logger.debug("A stream at {} kept the others waiting without moving; it reads on by itself",
							reader.token);
					detach(reader);
				}
			}
			long slowest = this.end;
			for (Reader reader : this.readers) {
				slowest = Math.min(slowest, reader.position);
			}
			if (slowest == this.first) {
				this.waitingForRoom.add(waiting);
				return false;
			}
			for (long i = this.first; i < slowest; i++) {
				this.firstToken = at(i).trackingToken();
				this.ring[(int) (i % this.ring.length)] = null;
			}
			this.first = slowest;
			return true;
		}

		/**
		 * The reader has read every event the store has for now: alone on the tape it
		 * takes the store's stream over, else it reads on with one of its own.
		 */
		private void atTheHead(Reader reader) {
			logger.debug("A stream reached the newest events at {} after {} on a tape", reader.token, reader.position);
			if (this.readers.size() == 1) {
				reader.own = this.source;
				this.source = null;
			}
			detach(reader);
		}

		private void detach(Reader reader) {
			reader.detached = true;
			changed();
			this.readers.remove(reader);
			this.waitingForRoom.remove(reader);
			if (this.readers.isEmpty()) {
				close();
			}
		}

		void leave(Reader reader) {
			List<Runnable> wake;
			synchronized (this) {
				reader.detached = true;
				if (!this.readers.remove(reader)) {
					return;
				}
				this.waitingForRoom.remove(reader);
				wake = wakeWaiting();
				if (this.readers.isEmpty()) {
					close();
				}
			}
			run(wake);
		}

		private void close() {
			this.closed = true;
			Arrays.fill(this.ring, null);
			if (this.source != null) {
				this.source.close();
				this.source = null;
			}
		}

		/** Wakes the readers waiting in {@link #awaitChange}. */
		private void changed() {
			this.changes++;
			notifyAll();
		}

		/**
		 * Waits until a reader has moved or left since {@code reader} last looked at this
		 * tape, or for {@code millis}.
		 */
		synchronized void awaitChange(Reader reader, long millis) throws InterruptedException {
			if (this.changes == reader.seenChanges) {
				wait(Math.max(1, millis));
			}
		}

		private List<Runnable> callbacks(Set<Reader> readers) {
			List<Runnable> callbacks = new ArrayList<>();
			for (Reader reader : readers) {
				Runnable callback = reader.callback;
				if (callback != null) {
					callbacks.add(callback);
				}
			}
			return callbacks;
		}

		/**
		 * Calls other processors back, outside this tape's monitor; one that fails (a
		 * processor shutting down) must not fail the reader that called.
		 */
		private void run(List<Runnable> callbacks) {
			if (callbacks == null) {
				return;
			}
			for (Runnable callback : callbacks) {
				try {
					callback.run();
				}
				catch (RuntimeException ex) {
					logger.warn("A processor's call-back failed; it will look for events on its own", ex);
				}
			}
		}

	}

	/**
	 * One processor's stream: on its tape until it leaves it, then on a stream of its own
	 * from the last token it was given.
	 */
	private final class Reader implements BlockingStream<TrackedEventMessage<?>> {

		private final Tape tape;

		long position;

		TrackingToken token;

		long moved;

		volatile boolean detached;

		BlockingStream<TrackedEventMessage<?>> own;

		volatile Runnable callback;

		/** The tape's changes when this reader last looked; guarded by the tape. */
		long seenChanges;

		Reader(Tape tape, long position, TrackingToken token) {
			this.tape = tape;
			this.position = position;
			this.token = token;
			this.moved = SharedReads.this.clock.getAsLong();
		}

		private BlockingStream<TrackedEventMessage<?>> own() {
			if (this.own == null) {
				TrackingToken from;
				synchronized (this.tape) {
					from = this.token;
				}
				this.own = SharedReads.this.store.apply(from);
			}
			return this.own;
		}

		@Override
		public Optional<TrackedEventMessage<?>> peek() {
			if (!this.detached) {
				TrackedEventMessage<?> next = this.tape.next(this, false);
				if (next != null || !this.detached) {
					return Optional.ofNullable(next);
				}
			}
			return own().peek();
		}

		/**
		 * On a tape, waits up to the timeout for room or for the reader behind to move;
		 * the pooled processors ask with none.
		 */
		@Override
		public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
			long deadline = System.nanoTime() + unit.toNanos(timeout);
			while (!this.detached) {
				if (this.tape.next(this, false) != null) {
					return true;
				}
				long left = deadline - System.nanoTime();
				if (this.detached) {
					break;
				}
				if (left <= 0) {
					return false;
				}
				this.tape.awaitChange(this, Math.min(100, TimeUnit.NANOSECONDS.toMillis(left) + 1));
			}
			long left = Math.max(0, deadline - System.nanoTime());
			return own().hasNextAvailable((int) Math.min(Integer.MAX_VALUE, TimeUnit.NANOSECONDS.toMillis(left)),
					TimeUnit.MILLISECONDS);
		}

		/**
		 * Processors ask only after {@link #hasNextAvailable} said there is one, so on a
		 * tape this waits only when asked otherwise, for room or for the reader behind to
		 * be found stalled.
		 */
		@Override
		public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
			while (!this.detached) {
				TrackedEventMessage<?> next = this.tape.next(this, true);
				if (next != null) {
					return next;
				}
				this.tape.awaitChange(this, 100);
			}
			return own().nextAvailable();
		}

		@Override
		public boolean setOnAvailableCallback(Runnable callback) {
			this.callback = callback;
			return true;
		}

		@Override
		public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
			if (this.detached && this.own != null) {
				this.own.skipMessagesWithPayloadTypeOf(ignoredMessage);
			}
		}

		@Override
		public void close() {
			if (!this.detached) {
				this.tape.leave(this);
			}
			if (this.own != null) {
				this.own.close();
			}
		}

	}

}
