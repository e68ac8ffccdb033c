package org.newsdesk.tracker.proceeding;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.newsdesk.tracker.common.DevelopmentDetails;
import org.newsdesk.tracker.investigation.InvestigationId;
import org.newsdesk.tracker.party.PartyId;

/** Opens a proceeding; its details date and document the opening itself. */
public record OpenProceeding(@TargetAggregateIdentifier ProceedingId proceedingId, InvestigationId investigationId,
		ProceedingKind kind, String title, List<PartyId> initiatorPartyIds, List<PartyId> targetPartyIds, String venue,
		DevelopmentDetails details) {

}
