package org.newsdesk.tracker.projections.board;

import java.time.Instant;
import java.util.Map;

import org.newsdesk.tracker.claim.ClaimStatus;
import org.newsdesk.tracker.investigation.InvestigationId;

/** An investigation with how many claims it holds, in total and by status. */
public record InvestigationSummary(InvestigationId id, String title, String summary, boolean closed, Instant openedAt,
		Instant updatedAt, int claims, Map<ClaimStatus, Integer> claimsByStatus) {

}
