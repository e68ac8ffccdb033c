package org.newsdesk.tracker.projections.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.newsdesk.tracker.claim.ClaimAssessed;
import org.newsdesk.tracker.claim.ClaimDevelopment;
import org.newsdesk.tracker.claim.Correction;
import org.newsdesk.tracker.claim.DevelopmentCorrected;
import org.newsdesk.tracker.claim.DevelopmentStruck;
import org.newsdesk.tracker.claim.EvidenceRecorded;
import org.newsdesk.tracker.claim.RetractionRecorded;
import org.newsdesk.tracker.client.ClientDevelopment;
import org.newsdesk.tracker.client.ClientSuspended;
import org.newsdesk.tracker.common.DevelopmentDetails;
import org.newsdesk.tracker.common.Figure;
import org.newsdesk.tracker.common.OccurredOn;
import org.newsdesk.tracker.proceeding.ProceedingClosed;
import org.newsdesk.tracker.proceeding.ProceedingDevelopmentRecorded;
import org.newsdesk.tracker.proceeding.ProceedingOpened;
import org.newsdesk.tracker.projections.common.Cut;
import org.newsdesk.tracker.projections.common.EventFields;
import org.newsdesk.tracker.projections.common.RecordedEvent;

/**
 * The rules that turn events into timeline entries, shared by the timeline projection and
 * by reads at a cut, so both say the same. Corrections change the entry they name and
 * count on it; strikes mark it struck. Everything else that records a development adds an
 * entry.
 */
public final class Timeline {

	/**
	 * Chronological by when it happened (a period at its start), or by when it was
	 * recorded.
	 */
	public enum Order {

		OCCURRED, RECORDED;

		public Comparator<TimelineEntry> comparator() {
			Comparator<TimelineEntry> recorded = Comparator.comparing(TimelineEntry::recordedAt)
				.thenComparing(TimelineEntry::entryId);
			if (this == RECORDED) {
				return recorded;
			}
			return Comparator.comparing((TimelineEntry entry) -> entry.occurredOn().start())
				.thenComparing((entry) -> entry.occurredOn().end())
				.thenComparing(recorded);
		}

	}

	private Timeline() {
	}

	/** The entry a creating event adds, or empty when the event adds none. */
	public static Optional<TimelineEntry> entryOf(RecordedEvent event) {
		Object payload = event.payload();
		if (payload instanceof DevelopmentCorrected || payload instanceof DevelopmentStruck) {
			return Optional.empty();
		}
		if (payload instanceof ClaimAssessed assessment) {
			return Optional
				.of(entry(event, assessment.developmentId().toString(), assessment.investigationId().toString(),
						"CLAIM", assessment.claimId().toString(), OccurredOn.ofInstant(event.recordedAt()),
						assessment.rationale(), List.of(), List.of(), assessment.verdict().name(), null, List.of()));
		}
		if (payload instanceof ClaimDevelopment development) {
			DevelopmentDetails details = EventFields.details(payload);
			String detail = (payload instanceof EvidenceRecorded evidence)
					? evidence.bearing() + " " + evidence.strength() : null;
			String target = (payload instanceof RetractionRecorded retraction)
					? retraction.retractedDevelopmentId().toString() : null;
			return Optional
				.of(entry(event, development.developmentId().toString(), development.investigationId().toString(),
						"CLAIM", development.claimId().toString(), details, detail, target));
		}
		if (payload instanceof ProceedingOpened opened) {
			return Optional.of(entry(event, opened.proceedingId().toString(), opened.investigationId().toString(),
					"PROCEEDING", opened.proceedingId().toString(), opened.details(),
					opened.kind() + ": " + opened.title(), null));
		}
		if (payload instanceof ProceedingDevelopmentRecorded development) {
			return Optional
				.of(entry(event, development.developmentId().toString(), development.investigationId().toString(),
						"PROCEEDING", development.proceedingId().toString(), development.details(), null, null));
		}
		if (payload instanceof ProceedingClosed closed) {
			return Optional.of(entry(event, closed.developmentId().toString(), closed.investigationId().toString(),
					"PROCEEDING", closed.proceedingId().toString(), closed.details(), closed.outcome(), null));
		}
		if (payload instanceof ClientDevelopment client) {
			String reason = EventFields.text(payload, "reason");
			String detail = (payload instanceof ClientSuspended suspended && suspended.temporary())
					? "temporary" + ((reason != null) ? ": " + reason : "") : reason;
			return Optional.of(entry(event, client.developmentId().toString(), client.investigationId().toString(),
					"CLIENT", client.vendorId() + ":" + client.clientId(), client.details(), detail, null));
		}
		return Optional.empty();
	}

	/** What a correction makes of the entry it names. */
	public static TimelineEntry corrected(TimelineEntry entry, DevelopmentCorrected correction) {
		Correction fields = correction.correction();
		String detail = entry.detail();
		if ((fields.bearing() != null || fields.strength() != null) && detail != null) {
			String[] parts = detail.split(" ");
			detail = ((fields.bearing() != null) ? fields.bearing().name() : parts[0]) + " "
					+ ((fields.strength() != null) ? fields.strength().name() : parts[1]);
		}
		return entry.corrected(fields, correction.reason(), detail);
	}

	/**
	 * Every entry the events add, as known at the cut, keeping those that had happened by
	 * asOf.
	 */
	public static List<TimelineEntry> fold(List<RecordedEvent> events, Cut cut, Order order, boolean withStruck) {
		Map<String, TimelineEntry> entries = new LinkedHashMap<>();
		for (RecordedEvent event : events) {
			if (!cut.known(event.recordedAt())) {
				continue;
			}
			if (event.payload() instanceof DevelopmentCorrected correction) {
				entries.computeIfPresent(correction.correctedDevelopmentId().toString(),
						(id, entry) -> corrected(entry, correction));
			}
			else if (event.payload() instanceof DevelopmentStruck strike) {
				entries.computeIfPresent(strike.struckDevelopmentId().toString(),
						(id, entry) -> entry.struck(strike.reason()));
			}
			else {
				entryOf(event).ifPresent((entry) -> entries.put(entry.entryId(), entry));
			}
		}
		List<TimelineEntry> shown = new ArrayList<>();
		for (TimelineEntry entry : entries.values()) {
			if ((withStruck || !entry.struck()) && cut.happened(entry.occurredOn())) {
				shown.add(entry);
			}
		}
		shown.sort(order.comparator());
		return shown;
	}

	private static TimelineEntry entry(RecordedEvent event, String entryId, String investigationId, String subjectType,
			String subjectId, DevelopmentDetails details, String detail, String target) {
		return entry(event, entryId, investigationId, subjectType, subjectId, details.occurredOn(), details.summary(),
				details.partyIds().stream().map(Object::toString).toList(),
				details.sourceIds().stream().map(Object::toString).toList(), detail, target, details.figures());
	}

	private static TimelineEntry entry(RecordedEvent event, String entryId, String investigationId, String subjectType,
			String subjectId, OccurredOn occurredOn, String summary, List<String> partyIds, List<String> sourceIds,
			String detail, String target, List<Figure> figures) {
		return new TimelineEntry(entryId, investigationId, subjectType, subjectId, event.type(), occurredOn,
				event.recordedAt(), event.recordedBy(), summary, partyIds, sourceIds, detail, target, false, null, 0,
				null, figures);
	}

}
