package org.newsdesk.tracker.claim;

import java.util.EnumSet;
import java.util.Set;

public enum DevelopmentKind {

	ALLEGATION, DENIAL, EVIDENCE, RETRACTION, STATEMENT, ASSESSMENT, CORRECTION, STRIKE;

	static final Set<DevelopmentKind> NEEDING_SOURCES = EnumSet.of(ALLEGATION, DENIAL, EVIDENCE);

	static final Set<DevelopmentKind> RETRACTABLE = EnumSet.of(ALLEGATION, DENIAL, EVIDENCE, STATEMENT);

	static final Set<DevelopmentKind> CORRECTABLE = EnumSet.of(ALLEGATION, DENIAL, EVIDENCE, RETRACTION, STATEMENT);

	static final Set<DevelopmentKind> STRIKABLE = EnumSet.of(ALLEGATION, DENIAL, EVIDENCE, RETRACTION, STATEMENT,
			ASSESSMENT);

	public String label() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	/**
	 * The kind with its article, as a sentence would name one: "an allegation", "a piece
	 * of evidence".
	 */
	public String one() {
		return switch (this) {
			case ALLEGATION, ASSESSMENT -> "an " + label();
			case EVIDENCE -> "a piece of evidence";
			default -> "a " + label();
		};
	}

}
