package org.newsdesk.tracker.application.store;

import java.util.ArrayList;
import java.util.List;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.newsdesk.tracker.projections.common.Cut;
import org.newsdesk.tracker.projections.common.EventStreamReader;
import org.newsdesk.tracker.projections.common.RecordedEvent;
import org.newsdesk.tracker.projections.history.History;
import org.newsdesk.tracker.projections.history.HistoryEntry;

import org.springframework.stereotype.Component;

/**
 * Reads one aggregate's stream from the event store, from its first event, ignoring
 * snapshots.
 */
@Component
public class EventStreams implements EventStreamReader {

	private final EventStore eventStore;

	EventStreams(EventStore eventStore) {
		this.eventStore = eventStore;
	}

	@Override
	public List<RecordedEvent> read(String aggregateIdentifier) {
		DomainEventStream stream = this.eventStore.readEvents(aggregateIdentifier, 0);
		List<RecordedEvent> events = new ArrayList<>();
		while (stream.hasNext()) {
			DomainEventMessage<?> message = stream.next();
			Object recordedBy = message.getMetaData().get(AxonConfiguration.RECORDED_BY);
			events.add(new RecordedEvent(message.getSequenceNumber() + 1, message.getPayload(), message.getTimestamp(),
					(recordedBy != null) ? recordedBy.toString() : null));
		}
		return events;
	}

	/** What an aggregate recorded after the given version, as history entries. */
	public List<HistoryEntry> historySince(String aggregateIdentifier, long version) {
		return History.of(read(aggregateIdentifier), Cut.NONE)
			.stream()
			.filter((entry) -> entry.version() > version)
			.toList();
	}

}
