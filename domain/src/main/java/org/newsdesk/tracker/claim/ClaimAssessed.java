package org.newsdesk.tracker.claim;

import org.newsdesk.tracker.common.DevelopmentId;
import org.newsdesk.tracker.investigation.InvestigationId;

/**
 * The newsroom's verdict; it happens when it is recorded, so it carries no occurredOn of
 * its own.
 */
public record ClaimAssessed(ClaimId claimId, InvestigationId investigationId, DevelopmentId developmentId,
		Verdict verdict, String rationale) implements ClaimDevelopment {

	@Override
	public DevelopmentKind kind() {
		return DevelopmentKind.ASSESSMENT;
	}

}
