package org.newsdesk.tracker.projections.history;

import java.util.List;

import org.newsdesk.tracker.claim.ClaimRegistered;
import org.newsdesk.tracker.projections.claim.ClaimFold;
import org.newsdesk.tracker.projections.common.Cut;
import org.newsdesk.tracker.projections.common.EventFields;
import org.newsdesk.tracker.projections.common.RecordedEvent;

/** The history of any stream; a claim's carries the status after every event. */
public final class History {

	private History() {
	}

	public static List<HistoryEntry> of(List<RecordedEvent> stream, Cut cut) {
		if (!stream.isEmpty() && stream.get(0).payload() instanceof ClaimRegistered) {
			return ClaimFold.history(stream, cut);
		}
		return stream.stream()
			.filter((event) -> cut.known(event.recordedAt()))
			.map((event) -> new HistoryEntry(event.version(), event.type(), EventFields.developmentId(event.payload()),
					EventFields.occurredOn(event.payload()), event.recordedAt(), event.recordedBy(), null,
					(EventFields.details(event.payload()) != null) ? EventFields.details(event.payload()).summary()
							: null,
					null, false))
			.toList();
	}

}
