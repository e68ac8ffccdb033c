package org.newsdesk.tracker.common;

import java.util.List;
import java.util.Objects;

import org.newsdesk.tracker.party.PartyId;
import org.newsdesk.tracker.source.SourceId;

/**
 * What every development carries: when it happened, who said or did it, where it is
 * documented, a summary in the newsroom's own words, and any figures put forward.
 */
public record DevelopmentDetails(OccurredOn occurredOn, List<PartyId> partyIds, List<SourceId> sourceIds,
		String summary, List<Figure> figures) {

	public static final int MAX_SUMMARY_LENGTH = 4000;

	public DevelopmentDetails {
		Objects.requireNonNull(occurredOn, "occurredOn");
		partyIds = (partyIds != null) ? List.copyOf(partyIds) : List.of();
		sourceIds = (sourceIds != null) ? List.copyOf(sourceIds) : List.of();
		summary = (summary != null) ? summary : "";
		figures = (figures != null) ? List.copyOf(figures) : List.of();
	}

}
