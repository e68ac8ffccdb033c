package org.newsdesk.tracker.claim;

import org.newsdesk.tracker.common.DevelopmentId;
import org.newsdesk.tracker.investigation.InvestigationId;

/** An event that records one development of a claim. */
public interface ClaimDevelopment {

	ClaimId claimId();

	InvestigationId investigationId();

	DevelopmentId developmentId();

	DevelopmentKind kind();

}
