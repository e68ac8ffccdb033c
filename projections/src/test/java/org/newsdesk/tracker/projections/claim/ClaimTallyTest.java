package org.newsdesk.tracker.projections.claim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The board row's party lists are searched in place, item by item. */
class ClaimTallyTest {

	@Test
	void aListHoldsAnIdOnlyAsAWholeItem() {
		assertThat(ClaimTally.lists("", "ab")).isFalse();
		assertThat(ClaimTally.lists("ab", "ab")).isTrue();
		assertThat(ClaimTally.lists("xab,abc", "ab")).as("inside other items only").isFalse();
		assertThat(ClaimTally.lists("xab,abc,ab", "ab")).as("last").isTrue();
		assertThat(ClaimTally.lists("ab,xab", "ab")).as("first").isTrue();
		assertThat(ClaimTally.lists("abab,cab,ab,d", "ab")).as("after near misses").isTrue();
	}

}
