package org.newsdesk.tracker.source;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Destroy the key to the identity behind a confidential source, so that nobody can
 * recover it from then on.
 */
public record ForgetSourceIdentity(@TargetAggregateIdentifier SourceId sourceId, String reason) {
}
