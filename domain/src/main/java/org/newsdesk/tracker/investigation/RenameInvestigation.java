package org.newsdesk.tracker.investigation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RenameInvestigation(@TargetAggregateIdentifier InvestigationId investigationId, String title,
		Long expectedVersion) {

}
