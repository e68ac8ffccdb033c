package org.newsdesk.tracker.party;

/** The party as it stands after the amendment. */
public record PartyAmended(PartyId partyId, String name, PartyKind kind, String country) {

}
