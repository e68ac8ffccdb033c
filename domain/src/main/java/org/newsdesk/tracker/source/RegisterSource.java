package org.newsdesk.tracker.source;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.newsdesk.tracker.party.PartyId;

/**
 * A confidential source is registered under a description ("an NSO Group employee"),
 * never under the identity it protects.
 */
public record RegisterSource(@TargetAggregateIdentifier SourceId sourceId, SourceKind kind, String title, String url,
		PartyId publisherPartyId, LocalDate publishedOn, boolean confidential) {

}
