package org.newsdesk.tracker.party;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RegisterParty(@TargetAggregateIdentifier PartyId partyId, String name, PartyKind kind, String country) {

}
