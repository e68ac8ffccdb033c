package org.newsdesk.tracker.source;

import java.time.LocalDate;

import org.newsdesk.tracker.party.PartyId;

public record SourceRegistered(SourceId sourceId, SourceKind kind, String title, String url, PartyId publisherPartyId,
		LocalDate publishedOn, boolean confidential) {

}
