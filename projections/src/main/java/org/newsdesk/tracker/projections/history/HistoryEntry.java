package org.newsdesk.tracker.projections.history;

import java.time.Instant;

import org.newsdesk.tracker.claim.ClaimStatus;
import org.newsdesk.tracker.common.DevelopmentId;
import org.newsdesk.tracker.common.OccurredOn;

/**
 * One event of a stream as history shows it. {@code statusAfter} is the claim's status
 * once this event was recorded (null for streams that are not claims);
 * {@code targetDevelopmentId} is what a retraction, correction or strike acts on;
 * {@code struck} tells whether it was later struck.
 */
public record HistoryEntry(long version, String type, DevelopmentId developmentId, OccurredOn occurredOn,
		Instant recordedAt, String recordedBy, ClaimStatus statusAfter, String summary,
		DevelopmentId targetDevelopmentId, boolean struck) {

}
