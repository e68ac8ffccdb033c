package org.newsdesk.tracker.claim;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.newsdesk.tracker.common.DevelopmentId;
import org.newsdesk.tracker.common.StateConflict;
import org.newsdesk.tracker.common.UnknownReference;

/**
 * The developments a claim has recorded, as far as decisions need them: what each id
 * recorded first (for idempotent repeats), and whether it has been retracted or struck.
 */
final class Developments {

	private final Map<DevelopmentId, Entry> entries = new HashMap<>();

	@Override
	public boolean equals(Object other) {
		return other instanceof Developments developments && developments.entries.equals(this.entries);
	}

	@Override
	public int hashCode() {
		return this.entries.hashCode();
	}

	static final class Entry {

		final ClaimDevelopment event;

		final long version;

		DevelopmentId retractedBy;

		boolean struck;

		Entry(ClaimDevelopment event, long version) {
			this.event = event;
			this.version = version;
		}

		DevelopmentKind kind() {
			return this.event.kind();
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Entry entry && entry.event.equals(this.event) && entry.version == this.version
					&& Objects.equals(entry.retractedBy, this.retractedBy) && entry.struck == this.struck;
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.event, this.version, this.retractedBy, this.struck);
		}

	}

	Entry find(DevelopmentId developmentId) {
		return this.entries.get(developmentId);
	}

	void add(ClaimDevelopment event, long version) {
		this.entries.put(event.developmentId(), new Entry(event, version));
	}

	void retract(DevelopmentId target, DevelopmentId by) {
		this.entries.get(target).retractedBy = by;
	}

	void strike(DevelopmentId target) {
		Entry entry = this.entries.get(target);
		entry.struck = true;
		if (entry.event instanceof RetractionRecorded retraction) {
			this.entries.get(retraction.retractedDevelopmentId()).retractedBy = null;
		}
	}

	Entry requireRetractable(DevelopmentId target) {
		Entry entry = require("retractedDevelopmentId", target);
		requireKind(entry, target, DevelopmentKind.RETRACTABLE, "retracted");
		if (entry.retractedBy != null) {
			throw new StateConflict(
					entry.kind().label() + " " + target + " is already retracted by development " + entry.retractedBy);
		}
		return entry;
	}

	Entry requireCorrectable(DevelopmentId target) {
		Entry entry = require("correctedDevelopmentId", target);
		requireKind(entry, target, DevelopmentKind.CORRECTABLE, "corrected");
		return entry;
	}

	Entry requireStrikable(DevelopmentId target) {
		Entry entry = require("struckDevelopmentId", target);
		requireKind(entry, target, DevelopmentKind.STRIKABLE, "struck");
		return entry;
	}

	private Entry require(String field, DevelopmentId target) {
		Entry entry = this.entries.get(target);
		if (entry == null) {
			throw new UnknownReference(field, "development", target);
		}
		return entry;
	}

	private static String capitalized(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	private static void requireKind(Entry entry, DevelopmentId target, java.util.Set<DevelopmentKind> allowed,
			String verb) {
		if (entry.struck) {
			throw new StateConflict(entry.kind().label() + " " + target + " is struck and cannot be " + verb);
		}
		if (!allowed.contains(entry.kind())) {
			throw new StateConflict(
					capitalized(entry.kind().one()) + " cannot be " + verb + " (development " + target + ")");
		}
	}

}
