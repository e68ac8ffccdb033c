package org.newsdesk.tracker.projections.common;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.LongAdder;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Many new rows of a read model written at once. On PostgreSQL they go in one
 * {@code COPY ... FROM STDIN}; elsewhere (the embedded H2), or when they are fewer than
 * {@link #COPY_FROM}, as a JDBC batch of inserts. Either way through the connection of
 * the transaction at hand, so the rows commit, or fail, with the batch of events and its
 * token as before: a duplicate key fails a COPY as it fails an insert.
 * <p>
 * A rebuild writes a row of {@code rm_timeline} and of {@code rm_audit} for nearly every
 * event. As multi-row inserts, PostgreSQL parsed, planned and bound 18 parameters a row
 * for the timeline, about 25 µs a row (pg_stat_statements,
 * {@code docs/bench/2026-12-03-rebuild-200k-pg-statements-8be6856.txt}); the same rows
 * copied in took about 7 µs a row ({@code docs/performance.md}).
 */
public final class ReadModelRows {

	/** How many rows it takes for a COPY: fewer go as inserts. */
	static final int COPY_FROM = 8;

	/** About how many characters of rows are sent to the server at a time. */
	static final int PIECE = 16 * 1024;

	private final JdbcTemplate jdbc;

	/**
	 * Whether the database takes COPY; asked once, on the first rows that would use it.
	 */
	private volatile Boolean copies;

	private final LongAdder copied = new LongAdder();

	public ReadModelRows(JdbcTemplate jdbc) {
		this(jdbc, null);
	}

	ReadModelRows(JdbcTemplate jdbc, Boolean copies) {
		this.jdbc = jdbc;
		this.copies = copies;
	}

	/** The columns of a table that rows are written to, in the order of their values. */
	public static Into into(String table, String... columns) {
		return new Into(table, List.of(columns));
	}

	/** Writes {@code rows}, each holding a value for every column of {@code into}. */
	public void insert(Into into, List<Object[]> rows) {
		if (rows.isEmpty()) {
			return;
		}
		if (rows.size() == 1) {
			this.jdbc.update(into.insert(), DirectArguments.one(rows.get(0)));
			return;
		}
		if (rows.size() >= COPY_FROM && copies() && copyable(rows)) {
			copy(into, rows);
			this.copied.add(rows.size());
			return;
		}
		this.jdbc.batchUpdate(into.insert(), DirectArguments.of(rows));
	}

	/** How many rows went in by COPY since start. */
	public long copiedRows() {
		return this.copied.sum();
	}

	private boolean copies() {
		Boolean known = this.copies;
		if (known == null) {
			known = this.jdbc
				.execute((ConnectionCallback<Boolean>) (connection) -> connection.isWrapperFor(PGConnection.class));
			this.copies = known;
		}
		return known;
	}

	/**
	 * Sends the rows in pieces of about {@link #PIECE} characters, each written into one
	 * reused buffer: one text of all of them, grown as it was written, then copied into a
	 * string and into bytes, had been a sixth of what a rebuild allocated.
	 */
	private void copy(Into into, List<Object[]> rows) {
		this.jdbc.execute((ConnectionCallback<Long>) (connection) -> {
			CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(into.copy());
			try {
				StringBuilder text = new StringBuilder(PIECE + 4096);
				for (Object[] row : rows) {
					appendRow(text, row);
					if (text.length() >= PIECE) {
						send(copy, text);
					}
				}
				send(copy, text);
				return copy.endCopy();
			}
			finally {
				if (copy.isActive()) {
					copy.cancelCopy();
				}
			}
		});
	}

	private static void send(CopyIn copy, StringBuilder text) throws SQLException {
		if (text.length() > 0) {
			byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
			copy.writeToCopy(bytes, 0, bytes.length);
			text.setLength(0);
		}
	}

	/** Whether every value is of a type the COPY text is written for. */
	static boolean copyable(List<Object[]> rows) {
		for (Object[] row : rows) {
			for (Object value : row) {
				if (!(value == null || value instanceof String || value instanceof Integer || value instanceof Long
						|| value instanceof Short || value instanceof BigDecimal || value instanceof Boolean
						|| value instanceof Timestamp || value instanceof Instant || value instanceof LocalDate
						|| value instanceof UUID)) {
					return false;
				}
			}
		}
		return true;
	}

	/**
	 * The rows in COPY's text format, or null when one holds a value of a type this does
	 * not write (the rows then go as inserts, which the driver binds).
	 */
	static String copyText(List<Object[]> rows) {
		if (!copyable(rows)) {
			return null;
		}
		StringBuilder text = new StringBuilder();
		rows.forEach((row) -> appendRow(text, row));
		return text.toString();
	}

	private static void appendRow(StringBuilder text, Object[] row) {
		for (int i = 0; i < row.length; i++) {
			if (i > 0) {
				text.append('\t');
			}
			append(text, row[i]);
		}
		text.append('\n');
	}

	private static void append(StringBuilder text, Object value) {
		if (value == null) {
			text.append("\\N");
		}
		else if (value instanceof String string) {
			escaped(text, string);
		}
		else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
			text.append(value);
		}
		else if (value instanceof BigDecimal number) {
			text.append(number.toPlainString());
		}
		else if (value instanceof Boolean bool) {
			text.append(bool ? 't' : 'f');
		}
		else if (value instanceof Timestamp timestamp) {
			instant(text, timestamp.toInstant());
		}
		else if (value instanceof Instant moment) {
			instant(text, moment);
		}
		else if (value instanceof LocalDate || value instanceof UUID) {
			text.append(value);
		}
		else {
			throw new IllegalArgumentException("no COPY text for a " + value.getClass().getName());
		}
	}

	/**
	 * An instant to the microsecond PostgreSQL keeps, rounded half up as the driver
	 * rounds a timestamp it binds, in ISO 8601 with a {@code Z}, which
	 * {@code timestamptz} reads whatever the session's time zone. Written field by field:
	 * {@code Instant.toString} goes through a formatter and was a visible part of writing
	 * a row.
	 */
	static void instant(StringBuilder text, Instant instant) {
		Instant micros = instant.plusNanos(500).truncatedTo(ChronoUnit.MICROS);
		LocalDateTime time = LocalDateTime.ofEpochSecond(micros.getEpochSecond(), micros.getNano(), ZoneOffset.UTC);
		int year = time.getYear();
		if (year < 1 || year > 9999) {
			text.append(micros);
			return;
		}
		digits(text, year, 4).append('-');
		digits(text, time.getMonthValue(), 2).append('-');
		digits(text, time.getDayOfMonth(), 2).append('T');
		digits(text, time.getHour(), 2).append(':');
		digits(text, time.getMinute(), 2).append(':');
		digits(text, time.getSecond(), 2);
		if (micros.getNano() != 0) {
			digits(text.append('.'), micros.getNano() / 1000, 6);
		}
		text.append('Z');
	}

	private static StringBuilder digits(StringBuilder text, int value, int width) {
		int divisor = 1;
		for (int i = 1; i < width; i++) {
			divisor *= 10;
		}
		for (; divisor > 0; divisor /= 10) {
			text.append((char) ('0' + (value / divisor) % 10));
		}
		return text;
	}

	/** Text with COPY's escapes: backslash, and the tab, newline and return it uses. */
	private static void escaped(StringBuilder text, String value) {
		int plain = 0;
		while (plain < value.length() && !special(value.charAt(plain))) {
			plain++;
		}
		if (plain == value.length()) {
			text.append(value);
			return;
		}
		text.append(value, 0, plain);
		for (int i = plain; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '\\' -> text.append("\\\\");
				case '\t' -> text.append("\\t");
				case '\n' -> text.append("\\n");
				case '\r' -> text.append("\\r");
				default -> text.append(c);
			}
		}
	}

	private static boolean special(char c) {
		return c == '\\' || c == '\t' || c == '\n' || c == '\r';
	}

	/** A table's columns, with the insert and the COPY that write them. */
	public record Into(String table, List<String> columns, String insert, String copy) {

		Into(String table, List<String> columns) {
			this(table, columns,
					"insert into " + table + " (" + String.join(", ", columns) + ") values ("
							+ String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")",
					"copy " + table + " (" + String.join(", ", columns) + ") from stdin");
		}

	}

}
