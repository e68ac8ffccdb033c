package org.newsdesk.tracker.projections.common;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one aggregate's events from the event store, the source of truth every read model
 * folds.
 */
public interface EventStreamReader {

	List<RecordedEvent> read(String aggregateIdentifier);

	/**
	 * The streams of several aggregates, each as {@link #read} gives it, in the order
	 * asked; a reader may answer them all in fewer round trips than one each.
	 */
	default Map<String, List<RecordedEvent>> readAll(Collection<String> aggregateIdentifiers) {
		Map<String, List<RecordedEvent>> streams = new LinkedHashMap<>();
		for (String aggregateIdentifier : aggregateIdentifiers) {
			streams.put(aggregateIdentifier, read(aggregateIdentifier));
		}
		return streams;
	}

}
