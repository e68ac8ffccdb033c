package org.newsdesk.tracker.common;

/** Guards for the free text an editor types, and fixed-width numbers read from text. */
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

	/**
	 * The decimal number written in {@code length} characters from {@code from}, or -1
	 * when one of them is not a digit from 0 to 9.
	 */
	public static int digits(CharSequence text, int from, int length) {
		int value = 0;
		for (int i = from; i < from + length; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			value = value * 10 + (c - '0');
		}
		return value;
	}

}
