package org.newsdesk.tracker.application.integrity;

import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * How the embedded event store's producer (its reader of new events for the processors at
 * the head of the store) reads: reads start at least {@code interval} apart, and a read
 * ends with the first batch shorter than a full one.
 * <p>
 * Axon's producer reads again as soon as a read found events, and each of its reads
 * fetches until a batch comes back empty, the empty fetch followed by a look-up of where
 * the next event is. Under a steady stream of commits that came to three statements per
 * read, back to back: about 390 a second at a thousand developments a second, more than
 * the appends' own. Paced, a read takes what the interval's commits stored, in one fetch
 * when it is less than a batch. A short batch may also mean missing positions in the
 * range a fetch covers, with events after them: the next read, one interval later, goes
 * on from there, so nothing is skipped, only read later.
 */
final class ProducerReads {

	private final long intervalNanos;

	private final LongSupplier clock;

	private final LongConsumer park;

	private long lastStart;

	/**
	 * @param interval the least time between the starts of two reads
	 * @param clock nanoseconds, as {@link System#nanoTime()}
	 * @param park waits the given nanoseconds, as
	 * {@link java.util.concurrent.locks.LockSupport#parkNanos(long)}
	 */
	ProducerReads(Duration interval, LongSupplier clock, LongConsumer park) {
		this.intervalNanos = interval.toNanos();
		this.clock = clock;
		this.park = park;
		this.lastStart = clock.getAsLong() - this.intervalNanos;
	}

	/**
	 * A read, once the interval since the last one has passed: batches from {@code fetch}
	 * (given the last item read, null at first) until one holds fewer than
	 * {@code batchSize} items. Batches are fetched as the stream is consumed.
	 */
	<T> Stream<T> read(Function<T, List<? extends T>> fetch, int batchSize) {
		pace();
		return StreamSupport.stream(new Batches<>(fetch, batchSize), false);
	}

	private synchronized void pace() {
		long now = this.clock.getAsLong();
		long wait = this.lastStart + this.intervalNanos - now;
		if (wait > 0) {
			this.park.accept(wait);
			this.lastStart += this.intervalNanos;
		}
		else {
			this.lastStart = now;
		}
	}

	private static final class Batches<T> extends Spliterators.AbstractSpliterator<T> {

		private final Function<T, List<? extends T>> fetch;

		private final int batchSize;

		private Iterator<? extends T> batch;

		private boolean lastBatch;

		private T last;

		Batches(Function<T, List<? extends T>> fetch, int batchSize) {
			super(Long.MAX_VALUE, Spliterator.NONNULL | Spliterator.ORDERED);
			this.fetch = fetch;
			this.batchSize = batchSize;
		}

		@Override
		public boolean tryAdvance(Consumer<? super T> action) {
			if (this.batch == null || !this.batch.hasNext()) {
				if (this.lastBatch) {
					return false;
				}
				List<? extends T> items = this.fetch.apply(this.last);
				this.lastBatch = items.size() < this.batchSize;
				this.batch = items.iterator();
				if (!this.batch.hasNext()) {
					return false;
				}
			}
			this.last = this.batch.next();
			action.accept(this.last);
			return true;
		}

	}

}
