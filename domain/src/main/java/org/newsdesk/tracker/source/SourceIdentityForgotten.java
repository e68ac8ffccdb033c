package org.newsdesk.tracker.source;

/**
 * The key to the identity behind a confidential source was destroyed, for the reason
 * given.
 */
public record SourceIdentityForgotten(SourceId sourceId, String reason) {
}
