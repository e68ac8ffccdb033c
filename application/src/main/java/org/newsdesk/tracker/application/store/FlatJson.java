package org.newsdesk.tracker.application.store;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads the one JSON shape the tracker writes as event metadata, one object of plain
 * string values, without a JSON parser. Anything else (an escape, a number, a nested
 * value, text after the object) is refused, and the caller reads it with the full parser:
 * so whatever is read here reads the same as Jackson would read it.
 */
public final class FlatJson {

	private FlatJson() {
	}

	/**
	 * One key and its value, as offsets into the JSON: each from after its opening quote
	 * to its closing quote.
	 */
	@FunctionalInterface
	public interface Field {

		void accept(byte[] json, int keyStart, int keyEnd, int valueStart, int valueEnd);

	}

	/**
	 * Hands each field of a flat object of plain strings to {@code field}, in order.
	 * @return false when the JSON is not such an object, in which case some fields may
	 * already have been handed over and should be discarded
	 */
	public static boolean scan(byte[] json, Field field) {
		int at = skipSpace(json, 0);
		if (at >= json.length || json[at] != '{') {
			return false;
		}
		at = skipSpace(json, at + 1);
		if (at < json.length && json[at] == '}') {
			return skipSpace(json, at + 1) == json.length;
		}
		while (true) {
			int keyEnd = stringEnd(json, at);
			if (keyEnd < 0) {
				return false;
			}
			int keyStart = at + 1;
			at = skipSpace(json, keyEnd + 1);
			if (at >= json.length || json[at] != ':') {
				return false;
			}
			at = skipSpace(json, at + 1);
			int valueEnd = stringEnd(json, at);
			if (valueEnd < 0) {
				return false;
			}
			field.accept(json, keyStart, keyEnd, at + 1, valueEnd);
			at = skipSpace(json, valueEnd + 1);
			if (at >= json.length) {
				return false;
			}
			if (json[at] == '}') {
				return skipSpace(json, at + 1) == json.length;
			}
			if (json[at] != ',') {
				return false;
			}
			at = skipSpace(json, at + 1);
		}
	}

	/**
	 * The object's fields as a map (a repeated key keeps its last value, as Jackson's
	 * does), or null when the JSON is not a flat object of plain strings.
	 */
	public static Map<String, String> strings(byte[] json) {
		Map<String, String> fields = new HashMap<>();
		boolean flat = scan(json, (bytes, keyStart, keyEnd, valueStart, valueEnd) -> fields
			.put(text(bytes, keyStart, keyEnd), text(bytes, valueStart, valueEnd)));
		return flat ? fields : null;
	}

	/** Whether the bytes from {@code start} to {@code end} are exactly {@code key}. */
	public static boolean same(byte[] json, int start, int end, byte[] key) {
		return Arrays.equals(json, start, end, key, 0, key.length);
	}

	public static String text(byte[] json, int start, int end) {
		return new String(json, start, end - start, StandardCharsets.UTF_8);
	}

	/**
	 * Where the string starting with the quote at {@code at} ends (its closing quote), or
	 * -1 when there is no plain string there.
	 */
	private static int stringEnd(byte[] json, int at) {
		if (at >= json.length || json[at] != '"') {
			return -1;
		}
		for (int i = at + 1; i < json.length; i++) {
			byte b = json[i];
			if (b == '"') {
				return i;
			}
			if (b == '\\' || (b >= 0 && b < 0x20)) {
				return -1;
			}
		}
		return -1;
	}

	private static int skipSpace(byte[] json, int at) {
		while (at < json.length && (json[at] == ' ' || json[at] == '\n' || json[at] == '\r' || json[at] == '\t')) {
			at++;
		}
		return at;
	}

}
