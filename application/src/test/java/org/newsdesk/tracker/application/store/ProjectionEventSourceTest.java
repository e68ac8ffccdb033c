package org.newsdesk.tracker.application.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.tracker.application.support.Eventually;

/**
 * The processors' event source calls a waiting stream back once events of this node are
 * committed, not before, and forgets a closed stream; a processor's stream runs no
 * further ahead of what the processor has taken than Axon's work package holds.
 */
class ProjectionEventSourceTest {

	/** Long enough that only a commit can have woken a stream within a test. */
	private static final Duration PERIOD = Duration.ofHours(1);

	private final EmbeddedEventStore store = EmbeddedEventStore.builder()
		.storageEngine(new InMemoryEventStorageEngine())
		.build();

	private final ProjectionEventSource source = new ProjectionEventSource(this.store, Duration.ofMillis(10), PERIOD,
			1024, Duration.ofSeconds(2));

	@AfterEach
	void close() {
		this.source.close();
		this.store.shutDown();
	}

	@Test
	void aCommitWakesTheWaitingStreamsAndTheyFindTheEvent() throws Exception {
		AtomicInteger woken = new AtomicInteger();
		try (BlockingStream<TrackedEventMessage<?>> stream = this.source.openStream(null)) {
			assertThat(stream.setOnAvailableCallback(woken::incrementAndGet)).isTrue();
			assertThat(this.source.waiting()).isEqualTo(1);

			DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
			this.store.publish(GenericEventMessage.asEventMessage("an allegation"));
			assertThat(woken.get()).as("woken before the commit").isZero();
			unitOfWork.commit();

			Eventually.until(woken::get, (count) -> count > 0, "woken after the commit");
			assertThat(stream.nextAvailable().getPayload()).isEqualTo("an allegation");
		}
		assertThat(this.source.waiting()).as("a closed stream is forgotten").isZero();
	}

	@Test
	void eventsPublishedOutsideAUnitOfWorkWakeTheStreamsToo() {
		AtomicInteger woken = new AtomicInteger();
		try (BlockingStream<TrackedEventMessage<?>> stream = this.source.openStream(null)) {
			stream.setOnAvailableCallback(woken::incrementAndGet);
			this.store.publish(GenericEventMessage.asEventMessage("a denial"));
			Eventually.until(woken::get, (count) -> count > 0, "woken");
		}
	}

	@Test
	void aProcessorsStreamWaitsOnceItIsAThousandEventsAheadAndIsCalledBackWhenThoseAreTaken() throws Exception {
		publish(ProjectionEventSource.AHEAD + 5);
		AtomicLong taken = new AtomicLong(0);
		AtomicInteger woken = new AtomicInteger();
		// A source that subscribes after the events were published: no commit of theirs
		// wakes its streams, so only the processor's taking an event can call this one
		// back.
		try (ProjectionEventSource quiet = new ProjectionEventSource(this.store, Duration.ofMillis(10), PERIOD, 1024,
				Duration.ofSeconds(2));
				BlockingStream<TrackedEventMessage<?>> stream = quiet.forProcessor(taken::get).openStream(null)) {
			stream.setOnAvailableCallback(woken::incrementAndGet);
			long last = readWhileAvailable(stream);
			assertThat(last - taken.get()).as("how far ahead it stopped").isEqualTo(ProjectionEventSource.AHEAD);
			assertThat(quiet.heldBack()).isEqualTo(1);
			assertThat(woken.get()).isZero();

			taken.incrementAndGet();
			Eventually.until(woken::get, (count) -> count > 0, "called back once the processor took an event");
			assertThat(quiet.heldBack()).isZero();
			assertThat(stream.hasNextAvailable()).isTrue();
			assertThat(stream.nextAvailable().trackingToken().position()).hasValue(last + 1);
			assertThat(stream.hasNextAvailable()).as("a thousand ahead again").isFalse();
		}
	}

	@Test
	void aStreamWhoseProcessorCannotTellWhatItTookIsNeverHeldBack() throws Exception {
		publish(ProjectionEventSource.AHEAD + 5);
		try (BlockingStream<TrackedEventMessage<?>> stream = this.source
			.forProcessor(() -> ProjectionEventSource.UNKNOWN)
			.openStream(null)) {
			assertThat(readWhileAvailable(stream)).as("the last event's position")
				.isEqualTo(ProjectionEventSource.AHEAD + 4);
			assertThat(this.source.heldBack()).isZero();
		}
	}

	@Test
	void aClosedStreamIsNoLongerHeldBack() throws Exception {
		publish(ProjectionEventSource.AHEAD + 5);
		try (BlockingStream<TrackedEventMessage<?>> stream = this.source.forProcessor(() -> 0L).openStream(null)) {
			readWhileAvailable(stream);
			assertThat(this.source.heldBack()).isEqualTo(1);
		}
		assertThat(this.source.heldBack()).as("closing forgets it").isZero();
	}

	private void publish(int events) {
		for (int i = 0; i < events; i++) {
			this.store.publish(GenericEventMessage.asEventMessage("development " + i));
		}
	}

	/** The position of the last event read before the stream had none to give. */
	private static long readWhileAvailable(BlockingStream<TrackedEventMessage<?>> stream) throws Exception {
		long last = -1;
		while (stream.hasNextAvailable()) {
			last = stream.nextAvailable().trackingToken().position().getAsLong();
		}
		return last;
	}

}
