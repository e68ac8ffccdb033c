package org.newsdesk.tracker.application.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The producer's reads: started at least an interval apart, each ending with the first
 * batch shorter than a full one.
 */
class ProducerReadsTest {

	private static final long MILLI = 1_000_000;

	private final AtomicLong clock = new AtomicLong(5_000 * MILLI);

	private final List<Long> parked = new ArrayList<>();

	/** Reads 20 ms apart on a clock that moves only when told to, or when parked. */
	private final ProducerReads reads = new ProducerReads(Duration.ofMillis(20), this.clock::get, (nanos) -> {
		this.parked.add(nanos);
		this.clock.addAndGet(nanos);
	});

	/**
	 * Items 0 to {@code count - 1}, in batches of at most {@code size}, counting fetches.
	 */
	private static Function<Integer, List<? extends Integer>> store(int count, int size, AtomicInteger fetches) {
		return (last) -> {
			fetches.incrementAndGet();
			int from = (last == null) ? 0 : last + 1;
			return IntStream.range(from, Math.min(count, from + size)).boxed().toList();
		};
	}

	@Test
	void aReadStartsNoSoonerThanTheIntervalAfterTheLast() {
		AtomicInteger fetches = new AtomicInteger();
		this.reads.read(store(0, 4, fetches), 4).toList();
		assertThat(this.parked).as("the first read waits for nothing").isEmpty();
		this.clock.addAndGet(5 * MILLI);
		this.reads.read(store(0, 4, fetches), 4).toList();
		assertThat(this.parked).as("5 ms after the last read").containsExactly(15 * MILLI);
		this.clock.addAndGet(7 * MILLI);
		this.reads.read(store(0, 4, fetches), 4).toList();
		assertThat(this.parked).as("7 ms after the last read started").containsExactly(15 * MILLI, 13 * MILLI);
		this.clock.addAndGet(100 * MILLI);
		this.reads.read(store(0, 4, fetches), 4).toList();
		assertThat(this.parked).as("long after the last read").hasSize(2);
		assertThat(fetches).hasValue(4);
	}

	@Test
	void aReadFetchesFullBatchesAndEndsWithTheFirstShortOne() {
		for (int count : new int[] { 0, 1, 3, 4, 5, 8, 9, 13 }) {
			AtomicInteger fetches = new AtomicInteger();
			Stream<Integer> read = this.reads.read(store(count, 4, fetches), 4);
			assertThat(fetches).as("%d items: nothing fetched before the stream is consumed", count).hasValue(0);
			assertThat(read.toList()).as("%d items", count)
				.containsExactlyElementsOf(IntStream.range(0, count).boxed().toList());
			// A full batch is followed by one more fetch; a short or empty one ends the
			// read.
			assertThat(fetches).as("%d items", count).hasValue(count / 4 + 1);
			this.clock.addAndGet(20 * MILLI);
		}
		assertThat(this.parked).isEmpty();
	}

	@Test
	void aBatchCutShortEndsTheReadAndTheNextReadGoesOnFromItsLastItem() {
		// As a fetch over a range with missing positions returns fewer than a batch, with
		// more after them.
		AtomicInteger fetches = new AtomicInteger();
		Function<Integer, List<? extends Integer>> gappy = (last) -> {
			fetches.incrementAndGet();
			int from = (last == null) ? 0 : last + 1;
			return (from < 2) ? List.of(0, 1) : IntStream.range(from, Math.min(10, from + 4)).boxed().toList();
		};
		List<Integer> first = this.reads.read(gappy, 4).toList();
		assertThat(first).containsExactly(0, 1);
		Function<Integer, List<? extends Integer>> onFromFirst = (last) -> gappy
			.apply((last == null) ? first.get(first.size() - 1) : last);
		List<Integer> second = this.reads.read(onFromFirst, 4).toList();
		assertThat(second).containsExactly(2, 3, 4, 5, 6, 7, 8, 9);
		assertThat(fetches).hasValue(4);
		assertThat(this.parked).as("the second read waited for the interval").containsExactly(20 * MILLI);
	}

}
