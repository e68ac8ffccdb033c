package org.newsdesk.tracker.source;

/**
 * The identity behind a confidential source was put in the vault; the event names no part
 * of it.
 */
public record SourceIdentityRecorded(SourceId sourceId) {
}
