package org.newsdesk.tracker.common;

/**
 * Idempotency: a command carrying an id already used is a no-op when it would record the
 * same thing again, and a conflict when it would record something else under that id.
 */
public final class Repeats {

	private Repeats() {
	}

	public static Outcome repeatOf(String field, Object id, Object recorded, Object attempted, long version) {
		if (!recorded.equals(attempted)) {
			throw new ConflictingRepeat(field, id);
		}
		return Outcome.repeated(id, version);
	}

}
