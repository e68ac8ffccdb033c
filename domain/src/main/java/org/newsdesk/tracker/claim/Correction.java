package org.newsdesk.tracker.claim;

import java.util.List;

import org.newsdesk.tracker.common.Figure;
import org.newsdesk.tracker.common.OccurredOn;
import org.newsdesk.tracker.party.PartyId;
import org.newsdesk.tracker.source.SourceId;

/** The corrected fields of a development; {@code null} leaves a field as it was. */
public record Correction(OccurredOn occurredOn, List<PartyId> partyIds, List<SourceId> sourceIds, String summary,
		List<Figure> figures, Bearing bearing, Strength strength) {

	public boolean isEmpty() {
		return this.occurredOn == null && this.partyIds == null && this.sourceIds == null && this.summary == null
				&& this.figures == null && this.bearing == null && this.strength == null;
	}

}
