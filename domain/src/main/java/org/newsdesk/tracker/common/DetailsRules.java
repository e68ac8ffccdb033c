package org.newsdesk.tracker.common;

/** The rules every development's details follow, whatever it records. */
public final class DetailsRules {

	private DetailsRules() {
	}

	public static DevelopmentDetails check(DevelopmentDetails details, boolean sourcesRequired) {
		if (details == null) {
			throw new InvalidCommand("occurredOn", "is required");
		}
		Texts.required("summary", details.summary(), DevelopmentDetails.MAX_SUMMARY_LENGTH);
		if (sourcesRequired && details.sourceIds().isEmpty()) {
			throw new InvalidCommand("sourceIds", "at least one source is required");
		}
		for (int i = 0; i < details.figures().size(); i++) {
			Figure figure = details.figures().get(i);
			Texts.optional("figures[" + i + "].unit", figure.unit(), 100);
			Texts.optional("figures[" + i + "].label", figure.label(), 300);
		}
		return details;
	}

}
