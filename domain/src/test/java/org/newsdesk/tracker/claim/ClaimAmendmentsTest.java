package org.newsdesk.tracker.claim;

import static org.newsdesk.tracker.claim.ClaimCommandsTest.ALLEGATION;
import static org.newsdesk.tracker.claim.ClaimCommandsTest.REGISTERED;
import static org.newsdesk.tracker.claim.ClaimCommandsTest.details;
import static org.newsdesk.tracker.claim.ClaimCommandsTest.unsourced;
import static org.newsdesk.tracker.common.Ids.CLAIM;
import static org.newsdesk.tracker.common.Ids.INVESTIGATION;
import static org.newsdesk.tracker.common.Ids.UNKNOWN_SOURCE;
import static org.newsdesk.tracker.common.Ids.development;

import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.tracker.common.Ids;
import org.newsdesk.tracker.common.InvalidCommand;
import org.newsdesk.tracker.common.OccurredOn;
import org.newsdesk.tracker.common.Outcome;
import org.newsdesk.tracker.common.StateConflict;
import org.newsdesk.tracker.common.UnknownReference;

/** Retractions, corrections and strikes: what each may act on. */
class ClaimAmendmentsTest {

	private static final DenialRecorded DENIAL = new DenialRecorded(CLAIM, INVESTIGATION, development(2),
			details("2021-07-19"));

	private static final RetractionRecorded RETRACTION = new RetractionRecorded(CLAIM, INVESTIGATION, development(3),
			unsourced("2021-08-01"), development(1));

	private static final ClaimAssessed ASSESSMENT = new ClaimAssessed(CLAIM, INVESTIGATION, development(4),
			Verdict.TRUE, "confirmed");

	private static final Correction NEW_DATE = new Correction(OccurredOn.parse("2021-07-17"), null, null, null, null,
			null, null);

	private FixtureConfiguration<Claim> fixture;

	@BeforeEach
	void fixture() {
		this.fixture = new AggregateTestFixture<>(Claim.class);
		this.fixture.registerInjectableResource(Ids.knownWorld());
	}

	@Test
	void aRetractionWithdrawsAnEarlierAllegation() {
		this.fixture.given(REGISTERED, ALLEGATION)
			.when(new RecordRetraction(CLAIM, development(3), unsourced("2021-08-01"), development(1), 2L))
			.expectEvents(RETRACTION)
			.expectResultMessagePayload(new Outcome(development(3).toString(), 3, false));
	}

	@Test
	void retractingAnUnknownDevelopmentNamesIt() {
		this.fixture.given(REGISTERED)
			.when(new RecordRetraction(CLAIM, development(3), unsourced("2021-08-01"), development(9), null))
			.expectNoEvents()
			.expectException(UnknownReference.class)
			.expectExceptionMessage("development " + development(9) + " is not known (retractedDevelopmentId)");
	}

	@Test
	void aDevelopmentIsRetractedOnlyOnce() {
		this.fixture.given(REGISTERED, ALLEGATION, RETRACTION)
			.when(new RecordRetraction(CLAIM, development(5), unsourced("2021-08-02"), development(1), null))
			.expectNoEvents()
			.expectException(StateConflict.class)
			.expectExceptionMessage(
					"allegation " + development(1) + " is already retracted by development " + development(3));
	}

	@Test
	void retractionsAndAssessmentsCannotBeRetracted() {
		this.fixture.given(REGISTERED, ALLEGATION, RETRACTION)
			.when(new RecordRetraction(CLAIM, development(5), unsourced("2021-08-02"), development(3), null))
			.expectException(StateConflict.class)
			.expectExceptionMessage("A retraction cannot be retracted (development " + development(3) + ")");
		this.fixture.given(REGISTERED, ASSESSMENT)
			.when(new RecordRetraction(CLAIM, development(5), unsourced("2021-08-02"), development(4), null))
			.expectException(StateConflict.class);
	}

	@Test
	void struckDevelopmentsCannotBeRetracted() {
		this.fixture
			.given(REGISTERED, ALLEGATION,
					new DevelopmentStruck(CLAIM, INVESTIGATION, development(5), development(1), "error"))
			.when(new RecordRetraction(CLAIM, development(3), unsourced("2021-08-01"), development(1), null))
			.expectNoEvents()
			.expectException(StateConflict.class)
			.expectExceptionMessage("allegation " + development(1) + " is struck and cannot be retracted");
	}

	@Test
	void strikingARetractionLetsTheDevelopmentBeRetractedAgain() {
		this.fixture
			.given(REGISTERED, ALLEGATION, RETRACTION,
					new DevelopmentStruck(CLAIM, INVESTIGATION, development(5), development(3), "wrong claim"))
			.when(new RecordRetraction(CLAIM, development(6), unsourced("2021-08-03"), development(1), null))
			.expectEvents(new RetractionRecorded(CLAIM, INVESTIGATION, development(6), unsourced("2021-08-03"),
					development(1)));
	}

	@Test
	void aCorrectionNamesTheDevelopmentTheFieldsAndAReason() {
		this.fixture.given(REGISTERED, ALLEGATION)
			.when(new CorrectDevelopment(CLAIM, development(7), development(1), "published a day earlier", NEW_DATE,
					null))
			.expectEvents(new DevelopmentCorrected(CLAIM, INVESTIGATION, development(7), development(1),
					"published a day earlier", NEW_DATE))
			.expectResultMessagePayload(new Outcome(development(7).toString(), 3, false));
	}

	@Test
	void aCorrectionMustCorrectSomethingForAReason() {
		this.fixture.given(REGISTERED, ALLEGATION)
			.when(new CorrectDevelopment(CLAIM, development(7), development(1), "nothing",
					new Correction(null, null, null, null, null, null, null), null))
			.expectNoEvents()
			.expectException(InvalidCommand.class)
			.expectExceptionMessage("correction: name at least one field to correct");
		this.fixture.given(REGISTERED, ALLEGATION)
			.when(new CorrectDevelopment(CLAIM, development(7), development(1), " ", NEW_DATE, null))
			.expectException(InvalidCommand.class)
			.expectExceptionMessage("reason: must not be blank");
	}

	@Test
	void onlyEvidenceHasABearingAndAStrength() {
		this.fixture.given(REGISTERED, ALLEGATION)
			.when(new CorrectDevelopment(CLAIM, development(7), development(1), "x",
					new Correction(null, null, null, null, null, Bearing.CONTRADICTS, null), null))
			.expectNoEvents()
			.expectException(InvalidCommand.class)
			.expectExceptionMessage("bearing: only evidence has a bearing and a strength, and development "
					+ development(1) + " is an allegation");
	}

	@Test
	void aCorrectionCannotLeaveAnAllegationWithoutSources() {
		this.fixture.given(REGISTERED, ALLEGATION)
			.when(new CorrectDevelopment(CLAIM, development(7), development(1), "x",
					new Correction(null, null, List.of(), null, null, null, null), null))
			.expectNoEvents()
			.expectException(InvalidCommand.class)
			.expectExceptionMessage("sourceIds: an allegation needs at least one source");
		this.fixture.given(REGISTERED, ALLEGATION)
			.when(new CorrectDevelopment(CLAIM, development(7), development(1), "x",
					new Correction(null, null, List.of(UNKNOWN_SOURCE), null, null, null, null), null))
			.expectException(UnknownReference.class);
	}

	@Test
	void unknownStruckAndUncorrectableTargetsAreRefused() {
		this.fixture.given(REGISTERED)
			.when(new CorrectDevelopment(CLAIM, development(7), development(9), "x", NEW_DATE, null))
			.expectException(UnknownReference.class)
			.expectExceptionMessage("development " + development(9) + " is not known (correctedDevelopmentId)");
		this.fixture
			.given(REGISTERED, ALLEGATION,
					new DevelopmentStruck(CLAIM, INVESTIGATION, development(5), development(1), "error"))
			.when(new CorrectDevelopment(CLAIM, development(7), development(1), "x", NEW_DATE, null))
			.expectException(StateConflict.class)
			.expectExceptionMessage("allegation " + development(1) + " is struck and cannot be corrected");
		this.fixture.given(REGISTERED, ASSESSMENT)
			.when(new CorrectDevelopment(CLAIM, development(7), development(4), "x", NEW_DATE, null))
			.expectException(StateConflict.class)
			.expectExceptionMessage("An assessment cannot be corrected (development " + development(4) + ")");
	}

	@Test
	void aStrikeMarksADevelopmentEnteredInError() {
		this.fixture.given(REGISTERED, ALLEGATION, DENIAL)
			.when(new StrikeDevelopment(CLAIM, development(8), development(2), "logged on the wrong claim", 3L))
			.expectEvents(new DevelopmentStruck(CLAIM, INVESTIGATION, development(8), development(2),
					"logged on the wrong claim"))
			.expectResultMessagePayload(new Outcome(development(8).toString(), 4, false));
	}

	@Test
	void aDevelopmentIsStruckOnlyOnceAndCorrectionsAndStrikesAreNotStruck() {
		DevelopmentStruck strike = new DevelopmentStruck(CLAIM, INVESTIGATION, development(8), development(1), "error");
		this.fixture.given(REGISTERED, ALLEGATION, strike)
			.when(new StrikeDevelopment(CLAIM, development(9), development(1), "again", null))
			.expectNoEvents()
			.expectException(StateConflict.class)
			.expectExceptionMessage("allegation " + development(1) + " is struck and cannot be struck");
		this.fixture.given(REGISTERED, ALLEGATION, strike)
			.when(new StrikeDevelopment(CLAIM, development(9), development(8), "undo", null))
			.expectException(StateConflict.class)
			.expectExceptionMessage("A strike cannot be struck (development " + development(8) + ")");
		this.fixture
			.given(REGISTERED, ALLEGATION,
					new DevelopmentCorrected(CLAIM, INVESTIGATION, development(7), development(1), "x", NEW_DATE))
			.when(new StrikeDevelopment(CLAIM, development(9), development(7), "undo", null))
			.expectException(StateConflict.class)
			.expectExceptionMessage("A correction cannot be struck (development " + development(7) + ")");
	}

	@Test
	void strikingAnUnknownDevelopmentNamesIt() {
		this.fixture.given(REGISTERED)
			.when(new StrikeDevelopment(CLAIM, development(9), development(1), "x", null))
			.expectException(UnknownReference.class)
			.expectExceptionMessage("development " + development(1) + " is not known (struckDevelopmentId)");
	}

	@Test
	void aStrikeNeedsAReason() {
		this.fixture.given(REGISTERED, ALLEGATION)
			.when(new StrikeDevelopment(CLAIM, development(9), development(1), null, null))
			.expectException(InvalidCommand.class)
			.expectExceptionMessage("reason: must not be blank");
	}

}
