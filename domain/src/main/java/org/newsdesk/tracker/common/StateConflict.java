package org.newsdesk.tracker.common;

/**
 * The command does not fit the current state, such as a development on a closed
 * investigation.
 */
public final class StateConflict extends Rejection {

	public StateConflict(String message) {
		super(null, message);
	}

}
