package org.newsdesk.tracker.claim;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.newsdesk.tracker.common.DevelopmentId;

public record StrikeDevelopment(@TargetAggregateIdentifier ClaimId claimId, DevelopmentId developmentId,
		DevelopmentId struckDevelopmentId, String reason, Long expectedVersion) {

}
