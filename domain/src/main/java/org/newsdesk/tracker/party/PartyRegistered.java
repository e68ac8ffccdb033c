package org.newsdesk.tracker.party;

public record PartyRegistered(PartyId partyId, String name, PartyKind kind, String country) {

}
