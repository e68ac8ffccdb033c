package org.newsdesk.tracker.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Random;

import org.junit.jupiter.api.Test;

class OccurredOnTest {

	@Test
	void readsEveryPrecision() {
		assertThat(OccurredOn.parse("2021").precision()).isEqualTo(Precision.YEAR);
		assertThat(OccurredOn.parse("2021-07").precision()).isEqualTo(Precision.MONTH);
		assertThat(OccurredOn.parse("2021-07-29").precision()).isEqualTo(Precision.DAY);
		OccurredOn instant = OccurredOn.parse("2021-07-29T16:00:00+02:00");
		assertThat(instant.precision()).isEqualTo(Precision.INSTANT);
		assertThat(instant.text()).isEqualTo("2021-07-29T14:00:00Z");
	}

	@Test
	void periodsRunFromTheirStartToTheirEnd() {
		OccurredOn july = OccurredOn.parse("2021-07");
		assertThat(july.start()).isEqualTo(Instant.parse("2021-07-01T00:00:00Z"));
		assertThat(july.end()).isEqualTo(Instant.parse("2021-08-01T00:00:00Z"));
		assertThat(OccurredOn.parse("2020").end()).isEqualTo(Instant.parse("2021-01-01T00:00:00Z"));
		assertThat(OccurredOn.parse("2021-07-29").end()).isEqualTo(Instant.parse("2021-07-30T00:00:00Z"));
	}

	@Test
	void aPeriodHasHappenedOnlyOnceItHasEnded() {
		OccurredOn july = OccurredOn.parse("2021-07");
		assertThat(july.happenedBefore(OccurredOn.parse("2021-07-31").end())).isTrue();
		assertThat(july.happenedBefore(OccurredOn.parse("2021-07-15").end())).isFalse();
		OccurredOn instant = OccurredOn.parse("2021-07-29T14:00:00Z");
		assertThat(instant.happenedBefore(OccurredOn.parse("2021-07-29").end())).isTrue();
		assertThat(instant.happenedBefore(OccurredOn.parse("2021-07-28").end())).isFalse();
	}

	@Test
	void impossibleDatesAreRefusedWithTheValueNamed() {
		assertThatIllegalArgumentException().isThrownBy(() -> OccurredOn.parse("2021-02-30"))
			.withMessageContaining("'2021-02-30' is not a possible date");
		assertThatIllegalArgumentException().isThrownBy(() -> OccurredOn.parse("2021-13"));
		assertThatIllegalArgumentException().isThrownBy(() -> OccurredOn.parse("21-07-29"));
		assertThatIllegalArgumentException().isThrownBy(() -> OccurredOn.parse("yesterday"));
		assertThatIllegalArgumentException().isThrownBy(() -> OccurredOn.parse(" "));
		assertThat(OccurredOn.parse("2024-02-29").precision()).isEqualTo(Precision.DAY);
	}

	/**
	 * Days are read without a formatter; a seeded sample of day-shaped texts, possible
	 * and impossible, is read exactly as a strict formatter reads it.
	 */
	@Test
	void dayShapedTextsAreReadAsAStrictFormatterReadsThem() {
		DateTimeFormatter strict = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
		Random random = new Random(29);
		int possible = 0;
		int impossible = 0;
		for (int i = 0; i < 20_000; i++) {
			String text = String.format("%04d-%02d-%02d", random.nextInt(10_000), random.nextInt(14),
					random.nextInt(33));
			LocalDate expected;
			try {
				expected = LocalDate.parse(text, strict);
			}
			catch (DateTimeParseException ex) {
				expected = null;
			}
			if (expected == null) {
				impossible++;
				assertThatIllegalArgumentException().isThrownBy(() -> OccurredOn.parse(text))
					.withMessageContaining("'" + text + "' is not a possible date");
			}
			else {
				possible++;
				OccurredOn read = OccurredOn.parse(text);
				assertThat(read.precision()).isEqualTo(Precision.DAY);
				assertThat(read.text()).isEqualTo(text);
				assertThat(read.start()).isEqualTo(expected.atStartOfDay(ZoneOffset.UTC).toInstant());
				assertThat(read.end()).isEqualTo(expected.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
			}
		}
		assertThat(possible).isGreaterThan(10_000);
		assertThat(impossible).isGreaterThan(1_000);
	}

}
