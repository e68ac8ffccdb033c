package org.newsdesk.tracker.common;

/** The command itself is malformed, whatever the state. */
public final class InvalidCommand extends Rejection {

	public InvalidCommand(String field, String message) {
		super(field, field + ": " + message);
	}

}
