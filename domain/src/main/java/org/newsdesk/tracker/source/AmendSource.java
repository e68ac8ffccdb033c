package org.newsdesk.tracker.source;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.newsdesk.tracker.party.PartyId;

/** Fields left {@code null} keep their current value. */
public record AmendSource(@TargetAggregateIdentifier SourceId sourceId, SourceKind kind, String title, String url,
		PartyId publisherPartyId, LocalDate publishedOn, Boolean confidential, Long expectedVersion) {

}
