package org.newsdesk.tracker.source;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record that the identity behind a confidential source is now kept in the vault. The
 * identity itself never enters a command or an event.
 */
public record RecordSourceIdentity(@TargetAggregateIdentifier SourceId sourceId) {
}
