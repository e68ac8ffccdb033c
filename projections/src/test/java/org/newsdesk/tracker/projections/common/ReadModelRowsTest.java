package org.newsdesk.tracker.projections.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * The text a COPY is given: each value as PostgreSQL reads it back, and nothing taken for
 * a delimiter that is not one. (Stored and read back: the application's
 * {@code ReadModelRowsTest}, on H2 and PostgreSQL.)
 */
class ReadModelRowsTest {

	@Test
	void valuesAreWrittenInCopysTextFormat() {
		List<Object[]> rows = List.of(
				new Object[] { "plain", null, true, 12, 34L, new BigDecimal("1.50"), new BigDecimal("1E+3"),
						LocalDate.of(2021, 7, 18) },
				new Object[] { "tab\there, line\nthere, return\r, back\\slash", "\\N", false, -1, 0L, BigDecimal.ZERO,
						(short) 7, UUID.fromString("0f6a1c2e-3b4d-4e5f-8a9b-0c1d2e3f4a5b") });
		assertThat(ReadModelRows.copyText(rows)).isEqualTo("plain\t\\N\tt\t12\t34\t1.50\t1000\t2021-07-18\n"
				+ "tab\\there, line\\nthere, return\\r, back\\\\slash\t\\\\N\tf\t-1\t0\t0\t7\t"
				+ "0f6a1c2e-3b4d-4e5f-8a9b-0c1d2e3f4a5b\n");
	}

	@Test
	void aValueOfAnotherTypeIsNotWritten() {
		assertThat(ReadModelRows.copyText(List.<Object[]>of(new Object[] { "a", new Object() }))).isNull();
		assertThat(ReadModelRows.copyText(List.<Object[]>of(new Object[] { new byte[] { 1 } }))).isNull();
	}

	@Test
	void instantsAreWrittenToTheMicrosecondRoundedHalfUp() {
		assertThat(text(Instant.parse("2021-07-18T10:15:30Z"))).isEqualTo("2021-07-18T10:15:30Z");
		assertThat(text(Instant.parse("2021-07-18T10:15:30.000000499Z"))).isEqualTo("2021-07-18T10:15:30Z");
		assertThat(text(Instant.parse("2021-07-18T10:15:30.000000500Z"))).isEqualTo("2021-07-18T10:15:30.000001Z");
		assertThat(text(Instant.parse("2021-12-31T23:59:59.999999500Z"))).isEqualTo("2022-01-01T00:00:00Z");
		assertThat(text(Instant.parse("1969-12-31T23:59:59.123Z"))).isEqualTo("1969-12-31T23:59:59.123000Z");
		Random random = new Random(53);
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < 10_000; i++) {
			Instant instant = Instant.ofEpochSecond(random.nextLong(-2_000_000_000L, 5_000_000_000L),
					random.nextInt(1_000_000_000));
			String text = text(instant);
			assertThat(Instant.parse(text)).as("%s written as %s", instant, text)
				.isEqualTo(instant.plusNanos(500).truncatedTo(ChronoUnit.MICROS));
			texts.add(text);
		}
		assertThat(texts).allMatch((text) -> text.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{6})?Z"));
		assertThat(ReadModelRows.copyText(List
			.<Object[]>of(new Object[] { Timestamp.from(Instant.parse("2021-07-18T10:15:30.5Z")), Instant.EPOCH })))
			.isEqualTo("2021-07-18T10:15:30.500000Z\t1970-01-01T00:00:00Z\n");
	}

	private static String text(Instant instant) {
		StringBuilder text = new StringBuilder();
		ReadModelRows.instant(text, instant);
		return text.toString();
	}

}
