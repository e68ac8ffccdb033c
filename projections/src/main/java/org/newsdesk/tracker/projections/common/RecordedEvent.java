package org.newsdesk.tracker.projections.common;

import java.time.Instant;

/**
 * One stored event as read models see it: its position in its aggregate's stream (the
 * first event is version 1), its payload, when the tracker stored it and who recorded it.
 */
public record RecordedEvent(long version, Object payload, Instant recordedAt, String recordedBy) {

	public String type() {
		return this.payload.getClass().getSimpleName();
	}

}
