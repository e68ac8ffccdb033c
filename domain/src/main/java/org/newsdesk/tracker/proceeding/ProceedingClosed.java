package org.newsdesk.tracker.proceeding;

import org.newsdesk.tracker.common.DevelopmentDetails;
import org.newsdesk.tracker.common.DevelopmentId;
import org.newsdesk.tracker.investigation.InvestigationId;

public record ProceedingClosed(ProceedingId proceedingId, InvestigationId investigationId, DevelopmentId developmentId,
		DevelopmentDetails details, String outcome) {

}
