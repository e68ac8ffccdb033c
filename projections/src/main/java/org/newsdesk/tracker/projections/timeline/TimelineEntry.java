package org.newsdesk.tracker.projections.timeline;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.newsdesk.tracker.claim.Correction;
import org.newsdesk.tracker.common.Figure;
import org.newsdesk.tracker.common.OccurredOn;

/**
 * One development on an investigation's timeline, with every correction so far applied.
 *
 * @param subjectType CLAIM, PROCEEDING or CLIENT
 * @param subjectId the claim, the proceeding, or {@code vendorId:clientId}
 * @param type the event that recorded it, such as {@code AllegationRecorded}
 * @param detail what the kind adds: a bearing and strength, a verdict, an outcome, a
 * reason
 * @param targetId what a retraction withdraws
 * @param corrections how many corrections were applied; {@code lastCorrectionReason} says
 * why the last one was
 */
public record TimelineEntry(String entryId, String investigationId, String subjectType, String subjectId, String type,
		OccurredOn occurredOn, Instant recordedAt, String recordedBy, String summary, List<String> partyIds,
		List<String> sourceIds, String detail, String targetId, boolean struck, String struckReason, int corrections,
		String lastCorrectionReason, @JsonIgnore List<Figure> figures) {

	public TimelineEntry {
		partyIds = List.copyOf(partyIds);
		sourceIds = List.copyOf(sourceIds);
		figures = (figures != null) ? List.copyOf(figures) : List.of();
	}

	/**
	 * The figures put forward with it, corrected; the figures register lists them, the
	 * timeline does not.
	 */
	@Override
	@JsonIgnore
	public List<Figure> figures() {
		return this.figures;
	}

	TimelineEntry corrected(Correction correction, String reason, String newDetail) {
		return new TimelineEntry(this.entryId, this.investigationId, this.subjectType, this.subjectId, this.type,
				(correction.occurredOn() != null) ? correction.occurredOn() : this.occurredOn, this.recordedAt,
				this.recordedBy, (correction.summary() != null) ? correction.summary() : this.summary,
				(correction.partyIds() != null) ? correction.partyIds().stream().map(Object::toString).toList()
						: this.partyIds,
				(correction.sourceIds() != null) ? correction.sourceIds().stream().map(Object::toString).toList()
						: this.sourceIds,
				newDetail, this.targetId, this.struck, this.struckReason, this.corrections + 1, reason,
				(correction.figures() != null) ? correction.figures() : this.figures);
	}

	TimelineEntry struck(String reason) {
		return new TimelineEntry(this.entryId, this.investigationId, this.subjectType, this.subjectId, this.type,
				this.occurredOn, this.recordedAt, this.recordedBy, this.summary, this.partyIds, this.sourceIds,
				this.detail, this.targetId, true, reason, this.corrections, this.lastCorrectionReason, this.figures);
	}

}
