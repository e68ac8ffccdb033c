package org.newsdesk.tracker.claim;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.newsdesk.tracker.investigation.InvestigationId;
import org.newsdesk.tracker.party.PartyId;

public record RegisterClaim(@TargetAggregateIdentifier ClaimId claimId, InvestigationId investigationId,
		String statement, List<PartyId> subjectPartyIds) {

}
