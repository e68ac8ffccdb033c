package org.newsdesk.tracker.application.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.junit.jupiter.api.Test;

/**
 * Streams that catch up from the same place share one read of the store, and each is
 * given exactly the events and tokens a read of its own would have given it, whatever the
 * pace of the others.
 */
class SharedReadsTest {

	private static final int CAPACITY = 64;

	private final Store store = new Store();

	private final AtomicLong now = new AtomicLong();

	private final SharedReads reads = new SharedReads(this.store::open, CAPACITY, 2, TimeUnit.SECONDS, this.now::get);

	@Test
	void streamsFromOnePlaceReadTheStoreOnceAtTheirOwnPace() throws Exception {
		this.store.append(1000);
		List<BlockingStream<TrackedEventMessage<?>>> streams = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			streams.add(this.reads.open(null));
		}
		pastTheFirstSecond();
		List<List<Long>> seen = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
		Random random = new Random(3);
		for (int step = 0; step < 40_000 && !allRead(seen, 1000); step++) {
			int which = random.nextInt(4);
			BlockingStream<TrackedEventMessage<?>> stream = streams.get(which);
			// As a processor does: ask first, then take.
			if (stream.hasNextAvailable()) {
				assertThat(stream.peek()).isPresent();
				seen.get(which).add(index(stream.nextAvailable()));
			}
		}
		for (List<Long> one : seen) {
			assertThat(one).isEqualTo(this.store.indexes(0));
		}
		assertThat(this.store.handedOut.get()).as("events read from the store").isEqualTo(1000);
		// The tape's, then one for each stream that got to the newest events while others
		// were still on the tape.
		assertThat(this.store.opened.get()).as("streams opened on the store").isBetween(1, 4);
		streams.forEach(BlockingStream::close);
		assertThat(this.store.open.get()).as("store streams left open").isZero();
		assertThat(this.reads.tapes()).isZero();
	}

	@Test
	void aStreamAheadWaitsForRoomAndIsCalledBackWhenThereIsSome() throws Exception {
		this.store.append(500);
		BlockingStream<TrackedEventMessage<?>> ahead = this.reads.open(null);
		BlockingStream<TrackedEventMessage<?>> behind = this.reads.open(null);
		pastTheFirstSecond();
		AtomicInteger calledBack = new AtomicInteger();
		ahead.setOnAvailableCallback(calledBack::incrementAndGet);
		List<Long> aheadSeen = new ArrayList<>();
		while (ahead.hasNextAvailable()) {
			aheadSeen.add(index(ahead.nextAvailable()));
		}
		assertThat(aheadSeen).as("as far as the tape keeps events").hasSize(CAPACITY);
		assertThat(calledBack.get()).isZero();
		assertThat(index(behind.nextAvailable())).isEqualTo(1);
		assertThat(calledBack.get()).as("called back once the one behind moved").isEqualTo(1);
		assertThat(ahead.hasNextAvailable()).isTrue();
		assertThat(index(ahead.nextAvailable())).isEqualTo(CAPACITY + 1);
	}

	@Test
	void aStreamThatKeepsTheOthersWaitingWithoutMovingReadsOnByItself() throws Exception {
		this.store.append(300);
		BlockingStream<TrackedEventMessage<?>> moving = this.reads.open(null);
		BlockingStream<TrackedEventMessage<?>> stalled = this.reads.open(null);
		assertThat(index(stalled.nextAvailable())).isEqualTo(1);
		pastTheFirstSecond();
		List<Long> movingSeen = new ArrayList<>();
		while (moving.hasNextAvailable()) {
			movingSeen.add(index(moving.nextAvailable()));
		}
		assertThat(movingSeen).as("a tape's length past the one behind").hasSize(CAPACITY + 1);
		this.now.addAndGet(TimeUnit.SECONDS.toNanos(3));
		while (moving.hasNextAvailable()) {
			movingSeen.add(index(moving.nextAvailable()));
		}
		assertThat(movingSeen).isEqualTo(this.store.indexes(0));
		List<Long> stalledSeen = new ArrayList<>(List.of(1L));
		while (stalled.hasNextAvailable()) {
			stalledSeen.add(index(stalled.nextAvailable()));
		}
		assertThat(stalledSeen).as("the stalled stream, read on from its own token").isEqualTo(this.store.indexes(0));
	}

	@Test
	void aYoungTapeKeepsItsFirstEventsForAStreamOpenedAMomentLater() throws Exception {
		this.store.append(200);
		BlockingStream<TrackedEventMessage<?>> first = this.reads.open(null);
		List<Long> firstSeen = new ArrayList<>();
		while (first.hasNextAvailable()) {
			firstSeen.add(index(first.nextAvailable()));
		}
		assertThat(firstSeen).as("held at the tape's size while it is young").hasSize(CAPACITY);
		BlockingStream<TrackedEventMessage<?>> later = this.reads.open(null);
		List<Long> laterSeen = new ArrayList<>();
		pastTheFirstSecond();
		while (later.hasNextAvailable() || first.hasNextAvailable()) {
			if (later.hasNextAvailable()) {
				laterSeen.add(index(later.nextAvailable()));
			}
			if (first.hasNextAvailable()) {
				firstSeen.add(index(first.nextAvailable()));
			}
		}
		assertThat(firstSeen).isEqualTo(this.store.indexes(0));
		assertThat(laterSeen).isEqualTo(this.store.indexes(0));
		assertThat(this.store.handedOut.get()).isEqualTo(200);
	}

	@Test
	void aStreamJoinsWhereItsTokenStandsOnATapeAndNowhereElse() throws Exception {
		this.store.append(100);
		BlockingStream<TrackedEventMessage<?>> first = this.reads.open(null);
		for (int i = 0; i < 10; i++) {
			first.nextAvailable();
		}
		BlockingStream<TrackedEventMessage<?>> joined = this.reads.open(token(7));
		assertThat(index(joined.nextAvailable())).isEqualTo(8);
		assertThat(this.reads.tapes()).isEqualTo(1);
		BlockingStream<TrackedEventMessage<?>> elsewhere = this.reads
			.open(GapAwareTrackingToken.newInstance(7, java.util.Set.of(3L)));
		assertThat(this.reads.tapes()).as("a token with other gaps is on no tape").isEqualTo(2);
		assertThat(index(elsewhere.nextAvailable())).isEqualTo(8);
		assertThat(this.store.opened.get()).isEqualTo(2);
	}

	@Test
	void atTheNewestEventsEachStreamReadsOnByItselfAndSeesWhatComesLater() throws Exception {
		this.store.append(20);
		BlockingStream<TrackedEventMessage<?>> one = this.reads.open(null);
		BlockingStream<TrackedEventMessage<?>> two = this.reads.open(null);
		List<Long> oneSeen = drain(one);
		List<Long> twoSeen = drain(two);
		assertThat(this.reads.tapes()).as("no tape once both are at the head").isZero();
		assertThat(this.store.opened.get()).as("the tape's stream, then one of its own for the first to get there")
			.isEqualTo(2);
		this.store.append(5);
		oneSeen.addAll(drain(one));
		twoSeen.addAll(drain(two));
		assertThat(oneSeen).isEqualTo(this.store.indexes(0)).isEqualTo(twoSeen);
		one.close();
		two.close();
		assertThat(this.store.open.get()).as("store streams left open").isZero();
	}

	@Test
	void aStreamAskedWithATimeoutWaitsForRoomThatLongAndNoLonger() throws Exception {
		this.store.append(200);
		BlockingStream<TrackedEventMessage<?>> ahead = this.reads.open(null);
		BlockingStream<TrackedEventMessage<?>> behind = this.reads.open(null);
		pastTheFirstSecond();
		drain(ahead);
		long started = System.nanoTime();
		assertThat(ahead.hasNextAvailable(50, TimeUnit.MILLISECONDS)).isFalse();
		assertThat(System.nanoTime() - started).as("waited for the timeout")
			.isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(50));
		Thread mover = new Thread(() -> {
			try {
				behind.nextAvailable();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		});
		mover.start();
		assertThat(ahead.hasNextAvailable(10, TimeUnit.SECONDS)).as("room made while it waited").isTrue();
		mover.join();
	}

	@Test
	void aCallBackThatFailsDoesNotFailTheStreamThatMoved() throws Exception {
		this.store.append(200);
		BlockingStream<TrackedEventMessage<?>> ahead = this.reads.open(null);
		BlockingStream<TrackedEventMessage<?>> behind = this.reads.open(null);
		AtomicInteger calledBack = new AtomicInteger();
		ahead.setOnAvailableCallback(() -> {
			calledBack.incrementAndGet();
			throw new IllegalStateException("that processor is shutting down");
		});
		pastTheFirstSecond();
		List<Long> aheadSeen = drain(ahead);
		List<Long> behindSeen = new ArrayList<>(List.of(index(behind.nextAvailable())));
		assertThat(calledBack.get()).isEqualTo(1);
		while (ahead.hasNextAvailable() || behind.hasNextAvailable()) {
			aheadSeen.addAll(drain(ahead));
			behindSeen.addAll(drain(behind));
		}
		assertThat(aheadSeen).isEqualTo(this.store.indexes(0)).isEqualTo(behindSeen);
	}

	@Test
	void closingEveryStreamOfATapeClosesItsStoreStream() throws Exception {
		this.store.append(50);
		BlockingStream<TrackedEventMessage<?>> one = this.reads.open(null);
		BlockingStream<TrackedEventMessage<?>> two = this.reads.open(null);
		one.nextAvailable();
		two.nextAvailable();
		one.close();
		assertThat(this.store.open.get()).isEqualTo(1);
		assertThat(index(two.nextAvailable())).isEqualTo(2);
		two.close();
		assertThat(this.store.open.get()).isZero();
		assertThat(this.reads.tapes()).isZero();
	}

	/**
	 * Past the first second of a tape, when it no longer keeps its first events for
	 * streams opened later, and short of the two seconds' stall.
	 */
	private void pastTheFirstSecond() {
		this.now.addAndGet(TimeUnit.MILLISECONDS.toNanos(1500));
	}

	private static List<Long> drain(BlockingStream<TrackedEventMessage<?>> stream) throws InterruptedException {
		List<Long> seen = new ArrayList<>();
		while (stream.hasNextAvailable()) {
			seen.add(index(stream.nextAvailable()));
		}
		return seen;
	}

	private static boolean allRead(List<List<Long>> seen, int count) {
		return seen.stream().allMatch((one) -> one.size() == count);
	}

	private static long index(TrackedEventMessage<?> event) {
		long index = ((GapAwareTrackingToken) event.trackingToken()).getIndex();
		assertThat(event.getPayload()).isEqualTo("event " + index);
		return index;
	}

	private static TrackingToken token(long index) {
		return GapAwareTrackingToken.newInstance(index, java.util.Set.of());
	}

	/** Events 1, 2, 3… each with the token a store without gaps gives it. */
	private static final class Store {

		final List<TrackedEventMessage<?>> events = new CopyOnWriteArrayList<>();

		final AtomicInteger opened = new AtomicInteger();

		final AtomicInteger open = new AtomicInteger();

		final AtomicInteger handedOut = new AtomicInteger();

		void append(int count) {
			for (int i = 0; i < count; i++) {
				long index = this.events.size() + 1;
				this.events.add(new GenericTrackedEventMessage<>(token(index),
						GenericEventMessage.asEventMessage("event " + index)));
			}
		}

		List<Long> indexes(long after) {
			List<Long> indexes = new ArrayList<>();
			for (long i = after + 1; i <= this.events.size(); i++) {
				indexes.add(i);
			}
			return indexes;
		}

		BlockingStream<TrackedEventMessage<?>> open(TrackingToken from) {
			this.opened.incrementAndGet();
			this.open.incrementAndGet();
			long after = (from == null) ? 0 : ((GapAwareTrackingToken) from).getIndex();
			return new BlockingStream<>() {

				private int next = (int) after;

				@Override
				public Optional<TrackedEventMessage<?>> peek() {
					return (this.next < Store.this.events.size()) ? Optional.of(Store.this.events.get(this.next))
							: Optional.empty();
				}

				@Override
				public boolean hasNextAvailable(int timeout, TimeUnit unit) {
					return this.next < Store.this.events.size();
				}

				@Override
				public TrackedEventMessage<?> nextAvailable() {
					Store.this.handedOut.incrementAndGet();
					return Store.this.events.get(this.next++);
				}

				@Override
				public void close() {
					Store.this.open.decrementAndGet();
				}

			};
		}

	}

}
