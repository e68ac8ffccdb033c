package org.newsdesk.tracker.source;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Reveal the identity behind a confidential source, for a stated reason. */
public record RevealSourceIdentity(@TargetAggregateIdentifier SourceId sourceId, String reason) {
}
