package org.newsdesk.tracker.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** When the benchmark's append warm-up takes the rate as levelled off. */
class WarmUpTest {

	@Test
	void twoWindowsInARowWithinFivePercentOfTheBestBeforeThem() {
		assertThat(Bench.levelled(List.of(500L, 510L, 505L))).isTrue();
		assertThat(Bench.levelled(List.of(216L, 469L, 575L, 660L, 660L, 640L))).isTrue();
	}

	@Test
	void aRisingRateOrASingleFlatWindowIsNotLevelled() {
		assertThat(Bench.levelled(List.of(100L, 200L, 300L))).isFalse();
		// One window no faster than the one before, then a new best: still rising.
		assertThat(Bench.levelled(List.of(1294L, 1618L, 1607L, 1800L))).isFalse();
		assertThat(Bench.levelled(List.of(1462L, 1458L))).isFalse();
	}

}
