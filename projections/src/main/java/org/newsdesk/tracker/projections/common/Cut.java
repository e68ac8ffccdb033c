package org.newsdesk.tracker.projections.common;

import java.time.Instant;

import org.newsdesk.tracker.common.OccurredOn;

/**
 * The two ways to look back. {@code knownAt} keeps only what had been recorded by then:
 * what the tracker showed at that moment. {@code asOf} keeps only what had happened by
 * then, judged with today's knowledge, corrections included.
 *
 * @param knownAt inclusive instant, or {@code null} for now
 * @param asOf a date, month, year or instant whose whole period is included, or
 * {@code null}
 */
public record Cut(Instant knownAt, OccurredOn asOf) {

	public static final Cut NONE = new Cut(null, null);

	public boolean known(Instant recordedAt) {
		return this.knownAt == null || !recordedAt.isAfter(this.knownAt);
	}

	/**
	 * Whether a development dated {@code occurredOn}, counted at the end of its period,
	 * had happened.
	 */
	public boolean happened(OccurredOn occurredOn) {
		return this.asOf == null || occurredOn.happenedBefore(this.asOf.end());
	}

}
