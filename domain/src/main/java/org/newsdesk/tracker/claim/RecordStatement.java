package org.newsdesk.tracker.claim;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.newsdesk.tracker.common.DevelopmentDetails;
import org.newsdesk.tracker.common.DevelopmentId;

public record RecordStatement(@TargetAggregateIdentifier ClaimId claimId, DevelopmentId developmentId,
		DevelopmentDetails details, Long expectedVersion) {

}
