package org.newsdesk.tracker.application.integrity;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

import org.axonframework.common.DateTimeUtils;
import org.newsdesk.tracker.common.Texts;

/**
 * Reads the event store's {@code time_stamp} column. Axon writes every timestamp in one
 * form, {@code 2021-07-18T09:30:00.123Z}, and parses it back with a general ISO formatter
 * each time it is asked for, which was about a twelfth of a rebuild's work. This reads
 * that one form directly and hands anything else to Axon's parser, so the result is
 * always the one Axon would give.
 */
final class StoredTimestamps {

	private static final int LENGTH = "2021-07-18T09:30:00.123Z".length();

	private StoredTimestamps() {
	}

	static Instant parse(String text) {
		if (text.length() == LENGTH && text.charAt(4) == '-' && text.charAt(7) == '-' && text.charAt(10) == 'T'
				&& text.charAt(13) == ':' && text.charAt(16) == ':' && text.charAt(19) == '.'
				&& text.charAt(23) == 'Z') {
			int year = Texts.digits(text, 0, 4);
			int month = Texts.digits(text, 5, 2);
			int day = Texts.digits(text, 8, 2);
			int hour = Texts.digits(text, 11, 2);
			int minute = Texts.digits(text, 14, 2);
			int second = Texts.digits(text, 17, 2);
			int millis = Texts.digits(text, 20, 3);
			if (year >= 0 && month >= 0 && day >= 0 && hour >= 0 && hour < 24 && minute >= 0 && minute < 60
					&& second >= 0 && second < 60 && millis >= 0) {
				try {
					long epochDay = LocalDate.of(year, month, day).toEpochDay();
					return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3_600 + minute * 60 + second,
							millis * 1_000_000L);
				}
				catch (DateTimeException impossible) {
					// an impossible day: Axon's parser names the problem
				}
			}
		}
		return DateTimeUtils.parseInstant(text);
	}

}
