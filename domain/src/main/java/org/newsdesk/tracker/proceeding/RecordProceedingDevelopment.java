package org.newsdesk.tracker.proceeding;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.newsdesk.tracker.common.DevelopmentDetails;
import org.newsdesk.tracker.common.DevelopmentId;

public record RecordProceedingDevelopment(@TargetAggregateIdentifier ProceedingId proceedingId,
		DevelopmentId developmentId, DevelopmentDetails details, Long expectedVersion) {

}
