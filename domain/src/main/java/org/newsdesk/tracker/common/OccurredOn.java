package org.newsdesk.tracker.common;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Objects;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * When a development happened in the world, as precisely as it is known: an instant
 * ({@code 2021-07-29T14:00:00Z}), a day ({@code 2021-07-29}), a month ({@code 2021-07})
 * or a year ({@code 2021}). A period counts as happening at its end, so {@code 2021-07}
 * has happened by the end of 31 July 2021 and not before.
 */
public record OccurredOn(String text, Precision precision, Instant start, Instant end) {

	private static final Pattern YEAR = Pattern.compile("\\d{4}");

	private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

	private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private static final DateTimeFormatter STRICT_DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final DateTimeFormatter STRICT_MONTH = DateTimeFormatter.ofPattern("uuuu-MM")
		.withResolverStyle(ResolverStyle.STRICT);

	public OccurredOn {
		Objects.requireNonNull(text, "text");
		Objects.requireNonNull(precision, "precision");
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(end, "end");
	}

	/**
	 * Reads the textual form.
	 * @throws IllegalArgumentException naming what is wrong when the text is no date or
	 * instant, or an impossible one such as {@code 2021-02-30}
	 */
	@JsonCreator
	public static OccurredOn parse(String text) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("must be a date, a month, a year or an instant");
		}
		String value = text.strip();
		try {
			OccurredOn plain = plainPeriod(value);
			if (plain != null) {
				return plain;
			}
			if (YEAR.matcher(value).matches()) {
				Year year = Year.parse(value);
				LocalDate first = year.atDay(1);
				return new OccurredOn(value, Precision.YEAR, startOf(first), startOf(first.plusYears(1)));
			}
			if (MONTH.matcher(value).matches()) {
				YearMonth month = YearMonth.parse(value, STRICT_MONTH);
				LocalDate first = month.atDay(1);
				return new OccurredOn(value, Precision.MONTH, startOf(first), startOf(first.plusMonths(1)));
			}
			if (DAY.matcher(value).matches()) {
				LocalDate day = LocalDate.parse(value, STRICT_DAY);
				return new OccurredOn(value, Precision.DAY, startOf(day), startOf(day.plusDays(1)));
			}
			Instant instant = OffsetDateTime.parse(value).toInstant();
			return ofInstant(instant);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("'" + value + "' is not a possible date, month, year or instant "
					+ "(expected 2021-07-29T14:00:00Z, 2021-07-29, 2021-07 or 2021)");
		}
		catch (DateTimeException ex) {
			throw new IllegalArgumentException("'" + value + "' is out of range");
		}
	}

	/**
	 * A year, month or day written as {@code 2021}, {@code 2021-07} or
	 * {@code 2021-07-29}, read without a formatter: every projection reads each
	 * development's date. Null for any other text, an impossible month or day included,
	 * which the general path reads and refuses with its own message.
	 */
	private static OccurredOn plainPeriod(String value) {
		int length = value.length();
		if (length != 4 && length != 7 && length != 10) {
			return null;
		}
		int year = Texts.digits(value, 0, 4);
		if (year < 0) {
			return null;
		}
		if (length == 4) {
			LocalDate first = LocalDate.of(year, 1, 1);
			return new OccurredOn(value, Precision.YEAR, startOf(first), startOf(first.plusYears(1)));
		}
		int month = (value.charAt(4) == '-') ? Texts.digits(value, 5, 2) : -1;
		if (month < 1 || month > 12) {
			return null;
		}
		if (length == 7) {
			LocalDate first = LocalDate.of(year, month, 1);
			return new OccurredOn(value, Precision.MONTH, startOf(first), startOf(first.plusMonths(1)));
		}
		int day = (value.charAt(7) == '-') ? Texts.digits(value, 8, 2) : -1;
		if (day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
			return null;
		}
		LocalDate date = LocalDate.of(year, month, day);
		return new OccurredOn(value, Precision.DAY, startOf(date), startOf(date.plusDays(1)));
	}

	public static OccurredOn ofInstant(Instant instant) {
		return new OccurredOn(instant.toString(), Precision.INSTANT, instant, instant.plusNanos(1));
	}

	private static Instant startOf(LocalDate day) {
		return day.atStartOfDay(ZoneOffset.UTC).toInstant();
	}

	/**
	 * Whether the whole period had ended by the given moment (exclusive end of a cut).
	 */
	public boolean happenedBefore(Instant cutEnd) {
		return !this.end.isAfter(cutEnd);
	}

	@JsonValue
	@Override
	public String text() {
		return this.text;
	}

	@Override
	public String toString() {
		return this.text;
	}

}
