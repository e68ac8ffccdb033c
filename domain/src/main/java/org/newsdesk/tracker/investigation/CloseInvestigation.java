package org.newsdesk.tracker.investigation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CloseInvestigation(@TargetAggregateIdentifier InvestigationId investigationId, String reason,
		Long expectedVersion) {

}
