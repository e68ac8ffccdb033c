package org.newsdesk.tracker.common;

/**
 * What a command handler reports: the id of what was created or recorded, the aggregate's
 * version after it (the number of its events), and whether the command repeated one
 * already handled and so changed nothing.
 */
public record Outcome(String id, long version, boolean repeated) {

	public static Outcome recorded(Object id, long version) {
		return new Outcome(id.toString(), version, false);
	}

	public static Outcome repeated(Object id, long version) {
		return new Outcome(id.toString(), version, true);
	}

}
