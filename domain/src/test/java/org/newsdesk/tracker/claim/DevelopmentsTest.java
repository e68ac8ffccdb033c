package org.newsdesk.tracker.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.newsdesk.tracker.claim.ClaimCommandsTest.details;
import static org.newsdesk.tracker.claim.ClaimCommandsTest.unsourced;
import static org.newsdesk.tracker.common.Ids.CLAIM;
import static org.newsdesk.tracker.common.Ids.INVESTIGATION;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.newsdesk.tracker.common.DevelopmentId;
import org.newsdesk.tracker.common.Fingerprint;
import org.newsdesk.tracker.common.StateConflict;
import org.newsdesk.tracker.common.UnknownReference;

/** The claim's compact record of its developments finds each one as it was recorded. */
class DevelopmentsTest {

	@Test
	void everyDevelopmentOfALongClaimIsFoundWithItsKindVersionAndFingerprint() {
		Random random = new Random(1000);
		Developments developments = new Developments();
		List<ClaimDevelopment> recorded = new ArrayList<>();
		for (int i = 0; i < 1_500; i++) {
			DevelopmentId id = new DevelopmentId(new UUID(random.nextLong(), random.nextLong()));
			ClaimDevelopment event = switch (random.nextInt(3)) {
				case 0 -> new AllegationRecorded(CLAIM, INVESTIGATION, id, details("2021-07-18"));
				case 1 -> new DenialRecorded(CLAIM, INVESTIGATION, id, details("2021-07-19"));
				default -> new ClaimAssessed(CLAIM, INVESTIGATION, id, Verdict.TRUE, "confirmed " + i);
			};
			developments.add(event, i + 2);
			recorded.add(event);
		}
		for (int i = 0; i < recorded.size(); i++) {
			ClaimDevelopment event = recorded.get(i);
			Developments.Entry entry = developments.find(event.developmentId());
			assertThat(entry.id()).isEqualTo(event.developmentId());
			assertThat(entry.kind()).isEqualTo(event.kind());
			assertThat(entry.version()).isEqualTo(i + 2);
			assertThat(entry.fingerprint()).isEqualTo(Fingerprint.of(event));
			assertThat(entry.retractedBy()).isNull();
			assertThat(entry.struck()).isFalse();
		}
		assertThat(developments.find(new DevelopmentId(new UUID(random.nextLong(), random.nextLong())))).isNull();
	}

	@Test
	void aRetractionMarksItsTargetUntilTheRetractionIsStruck() {
		DevelopmentId allegation = id(1);
		DevelopmentId retraction = id(2);
		Developments developments = new Developments();
		developments.add(new AllegationRecorded(CLAIM, INVESTIGATION, allegation, details("2021-07-18")), 2);
		developments.add(new RetractionRecorded(CLAIM, INVESTIGATION, retraction, unsourced("2021-08-01"), allegation),
				3);
		developments.retract(allegation, retraction);
		assertThat(developments.find(allegation).retractedBy()).isEqualTo(retraction);
		assertThatThrownBy(() -> developments.requireRetractable(allegation)).isInstanceOf(StateConflict.class)
			.hasMessageContaining("already retracted by development " + retraction);

		developments.add(new DevelopmentStruck(CLAIM, INVESTIGATION, id(3), retraction, "entered in error"), 4);
		developments.strike(retraction);
		assertThat(developments.find(retraction).struck()).isTrue();
		assertThat(developments.find(allegation).retractedBy()).isNull();
		assertThat(developments.requireRetractable(allegation).kind()).isEqualTo(DevelopmentKind.ALLEGATION);
		assertThatThrownBy(() -> developments.requireStrikable(retraction)).isInstanceOf(StateConflict.class)
			.hasMessageContaining("is struck");
		assertThatThrownBy(() -> developments.requireCorrectable(id(9))).isInstanceOf(UnknownReference.class);
	}

	@Test
	void twoClaimsBuiltFromTheSameEventsAreEqualAndDifferentOnesAreNot() {
		Developments one = new Developments();
		Developments two = new Developments();
		for (Developments developments : List.of(one, two)) {
			developments.add(new AllegationRecorded(CLAIM, INVESTIGATION, id(1), details("2021-07-18")), 2);
			developments.add(new DenialRecorded(CLAIM, INVESTIGATION, id(2), details("2021-07-19")), 3);
		}
		assertThat(one).isEqualTo(two).hasSameHashCodeAs(two);
		two.add(new DevelopmentStruck(CLAIM, INVESTIGATION, id(3), id(2), "entered in error"), 4);
		assertThat(one).isNotEqualTo(two);
		one.add(new DevelopmentStruck(CLAIM, INVESTIGATION, id(3), id(2), "entered in error"), 4);
		two.strike(id(2));
		assertThat(one).isNotEqualTo(two);
	}

	private static DevelopmentId id(int n) {
		return new DevelopmentId(new UUID(7, n));
	}

}
