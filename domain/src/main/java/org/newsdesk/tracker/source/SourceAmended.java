package org.newsdesk.tracker.source;

import java.time.LocalDate;

import org.newsdesk.tracker.party.PartyId;

/** The source as it stands after the amendment. */
public record SourceAmended(SourceId sourceId, SourceKind kind, String title, String url, PartyId publisherPartyId,
		LocalDate publishedOn, boolean confidential) {

}
