package org.newsdesk.tracker.source;

/**
 * The identity behind a confidential source was revealed to the one who recorded this
 * event, for the reason given.
 */
public record SourceIdentityRevealed(SourceId sourceId, String reason) {
}
