package org.newsdesk.tracker.proceeding;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.newsdesk.tracker.common.DevelopmentDetails;
import org.newsdesk.tracker.common.DevelopmentId;

/** Closes a proceeding with its outcome ("complaint dismissed", "charges filed"). */
public record CloseProceeding(@TargetAggregateIdentifier ProceedingId proceedingId, DevelopmentId developmentId,
		DevelopmentDetails details, String outcome, Long expectedVersion) {

}
