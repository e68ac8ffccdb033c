package org.newsdesk.tracker.client;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.newsdesk.tracker.common.DevelopmentDetails;
import org.newsdesk.tracker.common.DevelopmentId;
import org.newsdesk.tracker.investigation.InvestigationId;
import org.newsdesk.tracker.party.PartyId;

public record SuspendClient(PartyId vendorId, PartyId clientId, DevelopmentId developmentId,
		InvestigationId investigationId, DevelopmentDetails details, String reason, boolean temporary,
		Long expectedVersion) implements ClientAction {

	@Override
	@TargetAggregateIdentifier
	public ClientRelationshipId relationshipId() {
		return new ClientRelationshipId(this.vendorId, this.clientId);
	}

}
