package org.newsdesk.tracker.claim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsdesk.tracker.claim.StatusRules.Tally;

/** The eight rules of DESIGN.md, in their order of precedence. */
class StatusRulesTest {

	private static ClaimStatus of(int allegations, int standingAllegations, int standingDenials, int conclusiveSupport,
			int conclusiveContradiction, int otherSupport) {
		return StatusRules.derive(new Tally(allegations, standingAllegations, standingDenials, conclusiveSupport,
				conclusiveContradiction, otherSupport));
	}

	@Test
	void conclusiveContradictionAloneRefutes() {
		assertThat(of(1, 1, 0, 0, 1, 3)).isEqualTo(ClaimStatus.REFUTED);
	}

	@Test
	void conclusiveSupportAloneConfirms() {
		assertThat(of(1, 1, 1, 2, 0, 0)).isEqualTo(ClaimStatus.CONFIRMED);
	}

	@Test
	void conclusiveEvidenceBothWaysIsContested() {
		assertThat(of(0, 0, 0, 1, 1, 0)).isEqualTo(ClaimStatus.CONTESTED);
	}

	@Test
	void lesserSupportCorroboratesEvenAgainstADenial() {
		assertThat(of(1, 1, 1, 0, 0, 1)).isEqualTo(ClaimStatus.CORROBORATED);
	}

	@Test
	void anAllegationAndADenialContest() {
		assertThat(of(1, 1, 1, 0, 0, 0)).isEqualTo(ClaimStatus.CONTESTED);
	}

	@Test
	void aStandingAllegationAlleges() {
		assertThat(of(2, 1, 0, 0, 0, 0)).isEqualTo(ClaimStatus.ALLEGED);
	}

	@Test
	void everyAllegationRetractedWithdraws() {
		assertThat(of(2, 0, 1, 0, 0, 0)).isEqualTo(ClaimStatus.WITHDRAWN);
	}

	@Test
	void nothingStandingIsOpen() {
		assertThat(of(0, 0, 0, 0, 0, 0)).isEqualTo(ClaimStatus.OPEN);
		assertThat(of(0, 0, 2, 0, 0, 0)).isEqualTo(ClaimStatus.OPEN);
	}

}
