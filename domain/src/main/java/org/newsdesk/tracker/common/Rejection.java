package org.newsdesk.tracker.common;

/**
 * A command refused by a rule of the domain. Its message is written for the editor who
 * sent it and names the field or id at fault.
 */
public abstract class Rejection extends RuntimeException {

	private final String field;

	protected Rejection(String field, String message) {
		super(message, null, false, false);
		this.field = field;
	}

	/** The request field at fault, or {@code null} when the rejection is about state. */
	public String field() {
		return this.field;
	}

}
