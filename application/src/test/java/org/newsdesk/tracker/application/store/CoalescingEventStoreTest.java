package org.newsdesk.tracker.application.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.Test;

/**
 * Commits within one window wake the store's reader of new events once, and a stream
 * reading from it still receives every event.
 */
class CoalescingEventStoreTest {

	@Test
	void aWindowOfCommitsWakesTheReaderOnceAndEveryEventArrives() throws InterruptedException {
		CoalescingEventStore store = new CoalescingEventStore(
				EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()), 1_000);
		try {
			store.publish(GenericEventMessage.asEventMessage("before"));
			List<Object> received = new ArrayList<>();
			try (BlockingStream<TrackedEventMessage<?>> stream = store.openStream(null)) {
				long start = System.nanoTime();
				for (int i = 0; i < 100; i++) {
					store.publish(GenericEventMessage.asEventMessage("development " + i));
				}
				long publishing = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
				long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
				while (received.size() < 101 && System.nanoTime() < deadline) {
					if (stream.hasNextAvailable(100, TimeUnit.MILLISECONDS)) {
						received.add(stream.nextAvailable().getPayload());
					}
				}
				assertThat(received).hasSize(101).startsWith("before").endsWith("development 99");
				long wakeDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
				while (store.wakes() < 1 && System.nanoTime() < wakeDeadline) {
					stream.hasNextAvailable(50, TimeUnit.MILLISECONDS);
				}
				// Woken at every commit, it would have been woken 101 times.
				assertThat(store.wakes()).as("wakes for 101 commits published in %d ms", publishing)
					.isBetween(1L, 1L + publishing / 1_000 + 1);
			}
		}
		finally {
			store.shutDown();
		}
	}

}
