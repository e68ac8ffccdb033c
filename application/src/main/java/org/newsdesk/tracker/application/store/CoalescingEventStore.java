package org.newsdesk.tracker.application.store;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;

/**
 * Axon's embedded event store, whose reader of new events for the processors that are
 * caught up (its producer) is woken once per {@code window} of commits instead of at
 * every commit.
 * <p>
 * The producer reads the store whenever it is woken, and a read that finds nothing new is
 * followed by Axon's look-up of where the next event is. Woken at every commit, under the
 * benchmark's thousand appends a second, the two came to about 1,100 statements a second,
 * more than the appends' own; woken once per window, to about 400, each read taking what
 * the window's commits stored. The rest came from the producer reading again at once
 * after a read that found events: the storage engine now also spaces its reads by the
 * same window and ends each at the first short batch ({@code ProducerReads}). The
 * processors are woken later still ({@link ProjectionEventSource}'s window), so no
 * projection sees an event later for it.
 */
public class CoalescingEventStore extends EmbeddedEventStore {

	private final long windowMillis;

	private final AtomicBoolean wakeScheduled = new AtomicBoolean();

	private final AtomicLong wakes = new AtomicLong();

	private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "event-store-wake-up");
		thread.setDaemon(true);
		return thread;
	});

	public CoalescingEventStore(Builder builder, long windowMillis) {
		super(builder);
		this.windowMillis = windowMillis;
	}

	@Override
	protected void afterCommit(List<? extends EventMessage<?>> events) {
		if (this.wakeScheduled.compareAndSet(false, true)) {
			this.scheduler.schedule(this::wakeProducer, this.windowMillis, TimeUnit.MILLISECONDS);
		}
	}

	private void wakeProducer() {
		this.wakeScheduled.set(false);
		this.wakes.incrementAndGet();
		super.afterCommit(List.of());
	}

	/** How many times the producer was woken after commits. */
	long wakes() {
		return this.wakes.get();
	}

	@Override
	public void shutDown() {
		this.scheduler.shutdownNow();
		super.shutDown();
	}

}
