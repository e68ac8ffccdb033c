package org.newsdesk.tracker.claim;

import static org.newsdesk.tracker.common.Ids.CLAIM;
import static org.newsdesk.tracker.common.Ids.CONSORTIUM;
import static org.newsdesk.tracker.common.Ids.INVESTIGATION;
import static org.newsdesk.tracker.common.Ids.SOURCE;
import static org.newsdesk.tracker.common.Ids.UNKNOWN_PARTY;
import static org.newsdesk.tracker.common.Ids.UNKNOWN_SOURCE;
import static org.newsdesk.tracker.common.Ids.VENDOR;
import static org.newsdesk.tracker.common.Ids.development;

import java.math.BigDecimal;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.tracker.common.ConflictingRepeat;
import org.newsdesk.tracker.common.DevelopmentDetails;
import org.newsdesk.tracker.common.FakeReferences;
import org.newsdesk.tracker.common.Figure;
import org.newsdesk.tracker.common.Ids;
import org.newsdesk.tracker.common.InvalidCommand;
import org.newsdesk.tracker.common.OccurredOn;
import org.newsdesk.tracker.common.Outcome;
import org.newsdesk.tracker.common.StaleVersion;
import org.newsdesk.tracker.common.StateConflict;
import org.newsdesk.tracker.common.UnknownReference;
import org.newsdesk.tracker.investigation.InvestigationId;

/** Registering a claim and recording each kind of development on it. */
class ClaimCommandsTest {

	static final ClaimRegistered REGISTERED = new ClaimRegistered(CLAIM, INVESTIGATION,
			"Pegasus targeted French journalists", List.of(VENDOR));

	static DevelopmentDetails details(String occurredOn) {
		return new DevelopmentDetails(OccurredOn.parse(occurredOn), List.of(CONSORTIUM), List.of(SOURCE),
				"The consortium reports the leaked list",
				List.of(new Figure(new BigDecimal("50000"), "phone numbers", "numbers on the list", true)));
	}

	static DevelopmentDetails unsourced(String occurredOn) {
		return new DevelopmentDetails(OccurredOn.parse(occurredOn), List.of(VENDOR), List.of(), "The vendor says so",
				List.of());
	}

	static final AllegationRecorded ALLEGATION = new AllegationRecorded(CLAIM, INVESTIGATION, development(1),
			details("2021-07-18"));

	private FixtureConfiguration<Claim> fixture;

	private FakeReferences references;

	@BeforeEach
	void fixture() {
		this.fixture = new AggregateTestFixture<>(Claim.class);
		this.references = Ids.knownWorld();
		this.fixture.registerInjectableResource(this.references);
	}

	@Test
	void registeringAClaimInAnOpenInvestigationRecordsIt() {
		this.fixture.givenNoPriorActivity()
			.when(new RegisterClaim(CLAIM, INVESTIGATION, "Pegasus targeted French journalists", List.of(VENDOR)))
			.expectEvents(REGISTERED)
			.expectResultMessagePayload(new Outcome(CLAIM.toString(), 1, false));
	}

	@Test
	void registeringTheSameClaimAgainChangesNothing() {
		this.fixture.given(REGISTERED)
			.when(new RegisterClaim(CLAIM, INVESTIGATION, "Pegasus targeted French journalists", List.of(VENDOR)))
			.expectNoEvents()
			.expectResultMessagePayload(new Outcome(CLAIM.toString(), 1, true));
	}

	@Test
	void reusingAClaimIdForAnotherStatementIsAConflict() {
		this.fixture.given(REGISTERED)
			.when(new RegisterClaim(CLAIM, INVESTIGATION, "Something else", List.of()))
			.expectNoEvents()
			.expectException(ConflictingRepeat.class)
			.expectExceptionMessage("claimId " + CLAIM + " was already used with a different payload");
	}

	@Test
	void aClaimNeedsAKnownOpenInvestigationAndKnownSubjects() {
		InvestigationId unknown = new InvestigationId(Ids.uuid(9));
		this.fixture.givenNoPriorActivity()
			.when(new RegisterClaim(CLAIM, unknown, "x", List.of()))
			.expectNoEvents()
			.expectException(UnknownReference.class)
			.expectExceptionMessage("investigation " + unknown + " is not known (investigationId)");
		this.fixture.givenNoPriorActivity()
			.when(new RegisterClaim(CLAIM, INVESTIGATION, "x", List.of(VENDOR, UNKNOWN_PARTY)))
			.expectNoEvents()
			.expectException(UnknownReference.class)
			.expectExceptionMessage("party " + UNKNOWN_PARTY + " is not known (subjectPartyIds[1])");
		this.references.investigation(INVESTIGATION, false);
		this.fixture.givenNoPriorActivity()
			.when(new RegisterClaim(CLAIM, INVESTIGATION, "x", List.of()))
			.expectNoEvents()
			.expectException(StateConflict.class)
			.expectExceptionMessage("investigation " + INVESTIGATION
					+ " is closed: it accepts no new developments until it is reopened");
	}

	@Test
	void aClaimNeedsAStatement() {
		this.fixture.givenNoPriorActivity()
			.when(new RegisterClaim(CLAIM, INVESTIGATION, null, List.of()))
			.expectException(InvalidCommand.class)
			.expectExceptionMessage("statement: must not be blank");
	}

	@Test
	void anAllegationIsRecordedWithTheNextVersion() {
		this.fixture.given(REGISTERED)
			.when(new RecordAllegation(CLAIM, development(1), details("2021-07-18"), 1L))
			.expectEvents(ALLEGATION)
			.expectResultMessagePayload(new Outcome(development(1).toString(), 2, false));
	}

	@Test
	void aDenialIsRecorded() {
		this.fixture.given(REGISTERED, ALLEGATION)
			.when(new RecordDenial(CLAIM, development(2), details("2021-07-19"), null))
			.expectEvents(new DenialRecorded(CLAIM, INVESTIGATION, development(2), details("2021-07-19")))
			.expectResultMessagePayload(new Outcome(development(2).toString(), 3, false));
	}

	@Test
	void evidenceIsRecordedWithItsBearingAndStrength() {
		this.fixture.given(REGISTERED)
			.when(new RecordEvidence(CLAIM, development(3), details("2021-07-29"), Bearing.SUPPORTS,
					Strength.CONCLUSIVE, null))
			.expectEvents(new EvidenceRecorded(CLAIM, INVESTIGATION, development(3), details("2021-07-29"),
					Bearing.SUPPORTS, Strength.CONCLUSIVE));
	}

	@Test
	void evidenceNeedsABearingAndAStrength() {
		this.fixture.given(REGISTERED)
			.when(new RecordEvidence(CLAIM, development(3), details("2021-07-29"), null, Strength.STRONG, null))
			.expectException(InvalidCommand.class)
			.expectExceptionMessage("bearing: is required");
		this.fixture.given(REGISTERED)
			.when(new RecordEvidence(CLAIM, development(3), details("2021-07-29"), Bearing.SUPPORTS, null, null))
			.expectException(InvalidCommand.class)
			.expectExceptionMessage("strength: is required");
	}

	@Test
	void allegationsDenialsAndEvidenceNeedASourceButStatementsDoNot() {
		this.fixture.given(REGISTERED)
			.when(new RecordAllegation(CLAIM, development(1), unsourced("2021"), null))
			.expectNoEvents()
			.expectException(InvalidCommand.class)
			.expectExceptionMessage("sourceIds: at least one source is required");
		this.fixture.given(REGISTERED)
			.when(new RecordDenial(CLAIM, development(1), unsourced("2021"), null))
			.expectException(InvalidCommand.class);
		this.fixture.given(REGISTERED)
			.when(new RecordEvidence(CLAIM, development(1), unsourced("2021"), Bearing.SUPPORTS, Strength.STRONG, null))
			.expectException(InvalidCommand.class);
		this.fixture.given(REGISTERED)
			.when(new RecordStatement(CLAIM, development(1), unsourced("2021-07-21"), null))
			.expectEvents(new StatementRecorded(CLAIM, INVESTIGATION, development(1), unsourced("2021-07-21")));
	}

	@Test
	void aSummaryIsRequiredAndAtMost4000Characters() {
		DevelopmentDetails blank = new DevelopmentDetails(OccurredOn.parse("2021"), List.of(), List.of(SOURCE), " ",
				List.of());
		this.fixture.given(REGISTERED)
			.when(new RecordAllegation(CLAIM, development(1), blank, null))
			.expectException(InvalidCommand.class)
			.expectExceptionMessage("summary: must not be blank");
		DevelopmentDetails tooLong = new DevelopmentDetails(OccurredOn.parse("2021"), List.of(), List.of(SOURCE),
				"x".repeat(4001), List.of());
		this.fixture.given(REGISTERED)
			.when(new RecordAllegation(CLAIM, development(1), tooLong, null))
			.expectException(InvalidCommand.class)
			.expectExceptionMessage("summary: must be at most 4000 characters");
	}

	@Test
	void repeatingADevelopmentAnswersWithItsOriginalVersion() {
		this.fixture
			.given(REGISTERED, ALLEGATION,
					new DenialRecorded(CLAIM, INVESTIGATION, development(2), details("2021-07-19")))
			.when(new RecordAllegation(CLAIM, development(1), details("2021-07-18"), 1L))
			.expectNoEvents()
			.expectResultMessagePayload(new Outcome(development(1).toString(), 2, true));
	}

	@Test
	void reusingADevelopmentIdWithOtherContentIsAConflict() {
		this.fixture.given(REGISTERED, ALLEGATION)
			.when(new RecordAllegation(CLAIM, development(1), details("2021-07-19"), null))
			.expectNoEvents()
			.expectException(ConflictingRepeat.class)
			.expectExceptionMessage("developmentId " + development(1) + " was already used with a different payload");
		this.fixture.given(REGISTERED, ALLEGATION)
			.when(new RecordDenial(CLAIM, development(1), details("2021-07-18"), null))
			.expectException(ConflictingRepeat.class);
	}

	@Test
	void aStaleExpectedVersionIsRefusedWithTheCurrentOne() {
		this.fixture.given(REGISTERED, ALLEGATION)
			.when(new RecordDenial(CLAIM, development(2), details("2021-07-19"), 1L))
			.expectNoEvents()
			.expectException(StaleVersion.class)
			.expectExceptionMessage("expectedVersion 1 is stale: the current version is 2");
	}

	@Test
	void unknownPartiesAndSourcesAreNamed() {
		DevelopmentDetails unknownParty = new DevelopmentDetails(OccurredOn.parse("2021"), List.of(UNKNOWN_PARTY),
				List.of(SOURCE), "x", List.of());
		this.fixture.given(REGISTERED)
			.when(new RecordAllegation(CLAIM, development(1), unknownParty, null))
			.expectNoEvents()
			.expectException(UnknownReference.class)
			.expectExceptionMessage("party " + UNKNOWN_PARTY + " is not known (partyIds[0])");
		DevelopmentDetails unknownSource = new DevelopmentDetails(OccurredOn.parse("2021"), List.of(),
				List.of(SOURCE, UNKNOWN_SOURCE), "x", List.of());
		this.fixture.given(REGISTERED)
			.when(new RecordAllegation(CLAIM, development(1), unknownSource, null))
			.expectNoEvents()
			.expectException(UnknownReference.class)
			.expectExceptionMessage("source " + UNKNOWN_SOURCE + " is not known (sourceIds[1])");
	}

	@Test
	void aClosedInvestigationRefusesDevelopmentsOnItsClaims() {
		this.references.investigation(INVESTIGATION, false);
		this.fixture.given(REGISTERED)
			.when(new RecordStatement(CLAIM, development(1), unsourced("2021-07-21"), null))
			.expectNoEvents()
			.expectException(StateConflict.class);
		this.fixture.given(REGISTERED, ALLEGATION)
			.when(new StrikeDevelopment(CLAIM, development(2), development(1), "error", null))
			.expectNoEvents()
			.expectException(StateConflict.class);
	}

	@Test
	void anAssessmentRecordsTheVerdictAndRationale() {
		this.fixture.given(REGISTERED)
			.when(new AssessClaim(CLAIM, development(5), Verdict.MOSTLY_TRUE, "Forensics back it", null))
			.expectEvents(
					new ClaimAssessed(CLAIM, INVESTIGATION, development(5), Verdict.MOSTLY_TRUE, "Forensics back it"));
	}

	@Test
	void anAssessmentNeedsAVerdictAndARationale() {
		this.fixture.given(REGISTERED)
			.when(new AssessClaim(CLAIM, development(5), null, "x", null))
			.expectException(InvalidCommand.class)
			.expectExceptionMessage("verdict: is required");
		this.fixture.given(REGISTERED)
			.when(new AssessClaim(CLAIM, development(5), Verdict.TRUE, "", null))
			.expectException(InvalidCommand.class)
			.expectExceptionMessage("rationale: must not be blank");
	}

}
