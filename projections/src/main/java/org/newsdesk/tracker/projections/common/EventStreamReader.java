package org.newsdesk.tracker.projections.common;

import java.util.List;

/**
 * Reads one aggregate's events from the event store, the source of truth every read model
 * folds.
 */
public interface EventStreamReader {

	List<RecordedEvent> read(String aggregateIdentifier);

}
