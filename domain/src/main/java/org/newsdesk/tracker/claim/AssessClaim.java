package org.newsdesk.tracker.claim;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.newsdesk.tracker.common.DevelopmentId;

public record AssessClaim(@TargetAggregateIdentifier ClaimId claimId, DevelopmentId developmentId, Verdict verdict,
		String rationale, Long expectedVersion) {

}
