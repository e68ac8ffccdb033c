package org.newsdesk.tracker.claim;

import org.newsdesk.tracker.common.DevelopmentDetails;
import org.newsdesk.tracker.common.InvalidCommand;
import org.newsdesk.tracker.common.References;
import org.newsdesk.tracker.common.Texts;

/** What a correction may change, given the development it corrects. */
final class Corrections {

	private Corrections() {
	}

	static void check(Developments.Entry target, CorrectDevelopment command, References references) {
		Correction correction = command.correction();
		if (correction == null || correction.isEmpty()) {
			throw new InvalidCommand("correction", "name at least one field to correct");
		}
		if (target.kind() != DevelopmentKind.EVIDENCE
				&& (correction.bearing() != null || correction.strength() != null)) {
			throw new InvalidCommand(correction.bearing() != null ? "bearing" : "strength",
					"only evidence has a bearing and a strength, and development " + command.correctedDevelopmentId()
							+ " is " + target.kind().one());
		}
		if (correction.sourceIds() != null) {
			if (correction.sourceIds().isEmpty() && DevelopmentKind.NEEDING_SOURCES.contains(target.kind())) {
				throw new InvalidCommand("sourceIds", target.kind().one() + " needs at least one source");
			}
			references.requireSources("sourceIds", correction.sourceIds());
		}
		if (correction.partyIds() != null) {
			references.requireParties("partyIds", correction.partyIds());
		}
		if (correction.summary() != null) {
			Texts.required("summary", correction.summary(), DevelopmentDetails.MAX_SUMMARY_LENGTH);
		}
	}

}
