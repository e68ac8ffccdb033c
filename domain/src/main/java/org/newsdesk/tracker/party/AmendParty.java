package org.newsdesk.tracker.party;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Fields left {@code null} keep their current value. */
public record AmendParty(@TargetAggregateIdentifier PartyId partyId, String name, PartyKind kind, String country,
		Long expectedVersion) {

}
