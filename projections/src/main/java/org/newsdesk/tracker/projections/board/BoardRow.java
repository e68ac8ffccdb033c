package org.newsdesk.tracker.projections.board;

import java.util.List;

import org.newsdesk.tracker.claim.ClaimId;
import org.newsdesk.tracker.claim.ClaimStatus;
import org.newsdesk.tracker.claim.Verdict;
import org.newsdesk.tracker.common.OccurredOn;
import org.newsdesk.tracker.party.PartyId;
import org.newsdesk.tracker.projections.claim.ClaimView;

/** One claim on an investigation's board. */
public record BoardRow(ClaimId claimId, String statement, ClaimStatus status, Verdict verdict, List<PartyId> allegedBy,
		List<PartyId> deniedBy, int developments, int evidence, OccurredOn lastOccurredOn, long version,
		List<ClaimStatus> statusPath) {

	static BoardRow of(ClaimView view) {
		return new BoardRow(view.id(), view.statement(), view.status(),
				(view.assessment() != null) ? view.assessment().verdict() : null, view.allegedBy(), view.deniedBy(),
				view.developments(), view.evidence(), view.lastOccurredOn(), view.version(), view.statusPath());
	}

}
