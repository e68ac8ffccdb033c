package org.newsdesk.tracker.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
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
	 * Years, months and days are read without a formatter; a seeded sample of such texts,
	 * possible and impossible, is read exactly as the strict formatters read them.
	 */
	@Test
	void periodShapedTextsAreReadAsStrictFormattersReadThem() {
		DateTimeFormatter strictDay = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
		DateTimeFormatter strictMonth = DateTimeFormatter.ofPattern("uuuu-MM").withResolverStyle(ResolverStyle.STRICT);
		Random random = new Random(29);
		int possible = 0;
		int impossible = 0;
		for (int i = 0; i < 30_000; i++) {
			int year = random.nextInt(10_000);
			int month = random.nextInt(14);
			String text = switch (i % 3) {
				case 0 -> String.format("%04d", year);
				case 1 -> String.format("%04d-%02d", year, month);
				default -> String.format("%04d-%02d-%02d", year, month, random.nextInt(33));
			};
			Precision precision = (i % 3 == 0) ? Precision.YEAR : (i % 3 == 1) ? Precision.MONTH : Precision.DAY;
			LocalDate start;
			LocalDate end;
			try {
				switch (precision) {
					case YEAR -> {
						start = Year.parse(text).atDay(1);
						end = start.plusYears(1);
					}
					case MONTH -> {
						start = YearMonth.parse(text, strictMonth).atDay(1);
						end = start.plusMonths(1);
					}
					default -> {
						start = LocalDate.parse(text, strictDay);
						end = start.plusDays(1);
					}
				}
			}
			catch (DateTimeParseException ex) {
				impossible++;
				assertThatIllegalArgumentException().isThrownBy(() -> OccurredOn.parse(text))
					.withMessageContaining("'" + text + "' is not a possible date");
				continue;
			}
			possible++;
			OccurredOn read = OccurredOn.parse(text);
			assertThat(read.precision()).isEqualTo(precision);
			assertThat(read.text()).isEqualTo(text);
			assertThat(read.start()).isEqualTo(start.atStartOfDay(ZoneOffset.UTC).toInstant());
			assertThat(read.end()).isEqualTo(end.atStartOfDay(ZoneOffset.UTC).toInstant());
		}
		assertThat(possible).isGreaterThan(20_000);
		assertThat(impossible).isGreaterThan(2_000);
	}

}
