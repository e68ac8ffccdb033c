package org.newsdesk.tracker.projections.claim;

import java.util.List;

import org.newsdesk.tracker.claim.ClaimId;
import org.newsdesk.tracker.claim.ClaimStatus;
import org.newsdesk.tracker.common.OccurredOn;
import org.newsdesk.tracker.investigation.InvestigationId;
import org.newsdesk.tracker.party.PartyId;

/**
 * A claim as it stood at a cut: its derived status, who alleges and denies it, the
 * assessment.
 */
public record ClaimView(ClaimId id, InvestigationId investigationId, String statement, List<PartyId> subjectPartyIds,
		ClaimStatus status, List<PartyId> allegedBy, List<PartyId> deniedBy, AssessmentView assessment, long version,
		int developments, int evidence, OccurredOn lastOccurredOn, List<ClaimStatus> statusPath) {

}
