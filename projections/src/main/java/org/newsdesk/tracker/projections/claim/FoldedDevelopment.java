package org.newsdesk.tracker.projections.claim;

import java.time.Instant;
import java.util.List;

import org.newsdesk.tracker.claim.Bearing;
import org.newsdesk.tracker.claim.ClaimAssessed;
import org.newsdesk.tracker.claim.ClaimDevelopment;
import org.newsdesk.tracker.claim.Correction;
import org.newsdesk.tracker.claim.DevelopmentCorrected;
import org.newsdesk.tracker.claim.DevelopmentKind;
import org.newsdesk.tracker.claim.DevelopmentStruck;
import org.newsdesk.tracker.claim.EvidenceRecorded;
import org.newsdesk.tracker.claim.RetractionRecorded;
import org.newsdesk.tracker.claim.Strength;
import org.newsdesk.tracker.claim.Verdict;
import org.newsdesk.tracker.common.DevelopmentDetails;
import org.newsdesk.tracker.common.DevelopmentId;
import org.newsdesk.tracker.common.Figure;
import org.newsdesk.tracker.common.OccurredOn;
import org.newsdesk.tracker.party.PartyId;
import org.newsdesk.tracker.projections.common.EventFields;
import org.newsdesk.tracker.projections.common.RecordedEvent;
import org.newsdesk.tracker.source.SourceId;

/** A development of a claim with every correction so far applied. */
final class FoldedDevelopment {

	final DevelopmentId id;

	final DevelopmentKind kind;

	final Instant recordedAt;

	final String recordedBy;

	OccurredOn occurredOn;

	List<PartyId> partyIds = List.of();

	List<SourceId> sourceIds = List.of();

	String summary;

	List<Figure> figures = List.of();

	Bearing bearing;

	Strength strength;

	Verdict verdict;

	String rationale;

	DevelopmentId target;

	boolean struck;

	private FoldedDevelopment(DevelopmentId id, DevelopmentKind kind, RecordedEvent event) {
		this.id = id;
		this.kind = kind;
		this.recordedAt = event.recordedAt();
		this.recordedBy = event.recordedBy();
	}

	static FoldedDevelopment of(ClaimDevelopment development, RecordedEvent event) {
		var folded = new FoldedDevelopment(development.developmentId(), development.kind(), event);
		DevelopmentDetails details = EventFields.details(development);
		if (details != null) {
			folded.occurredOn = details.occurredOn();
			folded.partyIds = details.partyIds();
			folded.sourceIds = details.sourceIds();
			folded.summary = details.summary();
			folded.figures = details.figures();
		}
		if (development instanceof EvidenceRecorded evidence) {
			folded.bearing = evidence.bearing();
			folded.strength = evidence.strength();
		}
		else if (development instanceof RetractionRecorded retraction) {
			folded.target = retraction.retractedDevelopmentId();
		}
		else if (development instanceof ClaimAssessed assessment) {
			folded.verdict = assessment.verdict();
			folded.rationale = assessment.rationale();
			folded.summary = assessment.rationale();
		}
		else if (development instanceof DevelopmentCorrected correction) {
			folded.target = correction.correctedDevelopmentId();
			folded.summary = correction.reason();
		}
		else if (development instanceof DevelopmentStruck strike) {
			folded.target = strike.struckDevelopmentId();
			folded.summary = strike.reason();
		}
		return folded;
	}

	void correct(Correction correction) {
		if (correction.occurredOn() != null) {
			this.occurredOn = correction.occurredOn();
		}
		if (correction.partyIds() != null) {
			this.partyIds = List.copyOf(correction.partyIds());
		}
		if (correction.sourceIds() != null) {
			this.sourceIds = List.copyOf(correction.sourceIds());
		}
		if (correction.summary() != null) {
			this.summary = correction.summary();
		}
		if (correction.figures() != null) {
			this.figures = List.copyOf(correction.figures());
		}
		if (correction.bearing() != null) {
			this.bearing = correction.bearing();
		}
		if (correction.strength() != null) {
			this.strength = correction.strength();
		}
	}

}
