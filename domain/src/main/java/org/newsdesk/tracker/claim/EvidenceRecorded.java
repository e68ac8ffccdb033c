package org.newsdesk.tracker.claim;

import org.newsdesk.tracker.common.DevelopmentDetails;
import org.newsdesk.tracker.common.DevelopmentId;
import org.newsdesk.tracker.investigation.InvestigationId;

public record EvidenceRecorded(ClaimId claimId, InvestigationId investigationId, DevelopmentId developmentId,
		DevelopmentDetails details, Bearing bearing, Strength strength) implements ClaimDevelopment {

	@Override
	public DevelopmentKind kind() {
		return DevelopmentKind.EVIDENCE;
	}

}
