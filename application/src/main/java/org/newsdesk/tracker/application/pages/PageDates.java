package org.newsdesk.tracker.application.pages;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.newsdesk.tracker.common.OccurredOn;

import org.springframework.stereotype.Component;

/**
 * Dates as the reader's language writes them, no more precise than they are known: a year
 * stays a year, a month is named, a day is written out, an instant gets its time in UTC,
 * the zone every instant of the tracker is kept in.
 */
@Component("dates")
public class PageDates {

	/** When a development happened, in the page's language and at its own precision. */
	public String occurred(OccurredOn occurredOn, Locale locale) {
		if (occurredOn == null) {
			return "";
		}
		LocalDate start = occurredOn.start().atOffset(ZoneOffset.UTC).toLocalDate();
		return switch (occurredOn.precision()) {
			case YEAR -> occurredOn.text();
			case MONTH -> DateTimeFormatter.ofPattern("LLLL uuuu", locale).format(start);
			case DAY -> DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(start);
			case INSTANT -> instant(occurredOn.start(), locale);
		};
	}

	/**
	 * A stored date of any precision, such as a proceeding's opening or a client's status
	 * date; text that is no date is shown as it is.
	 */
	public String text(String value, Locale locale) {
		if (value == null || value.isBlank()) {
			return "";
		}
		try {
			return occurred(OccurredOn.parse(value), locale);
		}
		catch (IllegalArgumentException ex) {
			return value;
		}
	}

	/** A moment, such as when the tracker recorded something, with its time in UTC. */
	public String instant(Instant instant, Locale locale) {
		if (instant == null) {
			return "";
		}
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.MEDIUM)
			.withLocale(locale)
			.withZone(ZoneOffset.UTC)
			.format(instant) + " UTC";
	}

}
