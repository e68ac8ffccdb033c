package org.newsdesk.tracker.claim;

import org.newsdesk.tracker.common.DevelopmentId;
import org.newsdesk.tracker.investigation.InvestigationId;

/**
 * A development entered in error. It stays in the history, marked struck, and counts for
 * nothing.
 */
public record DevelopmentStruck(ClaimId claimId, InvestigationId investigationId, DevelopmentId developmentId,
		DevelopmentId struckDevelopmentId, String reason) implements ClaimDevelopment {

	@Override
	public DevelopmentKind kind() {
		return DevelopmentKind.STRIKE;
	}

}
