package org.newsdesk.tracker.claim;

import org.newsdesk.tracker.common.DevelopmentId;
import org.newsdesk.tracker.investigation.InvestigationId;

public record DevelopmentCorrected(ClaimId claimId, InvestigationId investigationId, DevelopmentId developmentId,
		DevelopmentId correctedDevelopmentId, String reason, Correction correction) implements ClaimDevelopment {

	@Override
	public DevelopmentKind kind() {
		return DevelopmentKind.CORRECTION;
	}

}
