package org.newsdesk.tracker.common;

/** Guards for the free text an editor types. */
public final class Texts {

	private Texts() {
	}

	public static String required(String field, String value, int maxLength) {
		if (value == null || value.isBlank()) {
			throw new InvalidCommand(field, "must not be blank");
		}
		return optional(field, value, maxLength);
	}

	public static String optional(String field, String value, int maxLength) {
		if (value != null && value.length() > maxLength) {
			throw new InvalidCommand(field, "must be at most " + maxLength + " characters");
		}
		return value;
	}

}
