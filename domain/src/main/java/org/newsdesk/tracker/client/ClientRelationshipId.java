package org.newsdesk.tracker.client;

import java.util.Objects;

import org.newsdesk.tracker.party.PartyId;

/** A vendor and one of its clients; stored as {@code vendorId:clientId}. */
public record ClientRelationshipId(PartyId vendorId, PartyId clientId) {

	public ClientRelationshipId {
		Objects.requireNonNull(vendorId, "vendorId");
		Objects.requireNonNull(clientId, "clientId");
	}

	@Override
	public String toString() {
		return this.vendorId + ":" + this.clientId;
	}

}
