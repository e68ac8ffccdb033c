package org.newsdesk.tracker.claim;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.newsdesk.tracker.common.DevelopmentId;

public record CorrectDevelopment(@TargetAggregateIdentifier ClaimId claimId, DevelopmentId developmentId,
		DevelopmentId correctedDevelopmentId, String reason, Correction correction, Long expectedVersion) {

}
