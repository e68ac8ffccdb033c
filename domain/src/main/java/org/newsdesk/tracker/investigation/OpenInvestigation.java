package org.newsdesk.tracker.investigation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record OpenInvestigation(@TargetAggregateIdentifier InvestigationId investigationId, String title,
		String summary) {

}
