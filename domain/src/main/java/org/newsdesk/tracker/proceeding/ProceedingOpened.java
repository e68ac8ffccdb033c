package org.newsdesk.tracker.proceeding;

import java.util.List;
import org.newsdesk.tracker.common.DevelopmentDetails;
import org.newsdesk.tracker.investigation.InvestigationId;
import org.newsdesk.tracker.party.PartyId;

public record ProceedingOpened(ProceedingId proceedingId, InvestigationId investigationId, ProceedingKind kind,
		String title, List<PartyId> initiatorPartyIds, List<PartyId> targetPartyIds, String venue,
		DevelopmentDetails details) {

	public ProceedingOpened {
		initiatorPartyIds = (initiatorPartyIds != null) ? List.copyOf(initiatorPartyIds) : List.of();
		targetPartyIds = (targetPartyIds != null) ? List.copyOf(targetPartyIds) : List.of();
	}

}
