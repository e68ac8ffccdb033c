package org.newsdesk.tracker.claim;

import java.util.List;
import org.newsdesk.tracker.investigation.InvestigationId;
import org.newsdesk.tracker.party.PartyId;

public record ClaimRegistered(ClaimId claimId, InvestigationId investigationId, String statement,
		List<PartyId> subjectPartyIds) {

	public ClaimRegistered {
		subjectPartyIds = (subjectPartyIds != null) ? List.copyOf(subjectPartyIds) : List.of();
	}

}
