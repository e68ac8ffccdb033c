package org.newsdesk.tracker.proceeding;

import static org.newsdesk.tracker.common.Ids.CONSORTIUM;
import static org.newsdesk.tracker.common.Ids.INVESTIGATION;
import static org.newsdesk.tracker.common.Ids.PROCEEDING;
import static org.newsdesk.tracker.common.Ids.SOURCE;
import static org.newsdesk.tracker.common.Ids.UNKNOWN_PARTY;
import static org.newsdesk.tracker.common.Ids.VENDOR;
import static org.newsdesk.tracker.common.Ids.development;

import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.tracker.common.ConflictingRepeat;
import org.newsdesk.tracker.common.DevelopmentDetails;
import org.newsdesk.tracker.common.FakeReferences;
import org.newsdesk.tracker.common.Ids;
import org.newsdesk.tracker.common.InvalidCommand;
import org.newsdesk.tracker.common.OccurredOn;
import org.newsdesk.tracker.common.Outcome;
import org.newsdesk.tracker.common.StaleVersion;
import org.newsdesk.tracker.common.StateConflict;
import org.newsdesk.tracker.common.UnknownReference;

class ProceedingCommandsTest {

	private static DevelopmentDetails details(String occurredOn, String summary) {
		return new DevelopmentDetails(OccurredOn.parse(occurredOn), List.of(), List.of(SOURCE), summary, List.of());
	}

	private static final ProceedingOpened OPENED = new ProceedingOpened(PROCEEDING, INVESTIGATION,
			ProceedingKind.CRIMINAL_COMPLAINT, "Mediapart's complaint", List.of(CONSORTIUM), List.of(VENDOR), "Paris",
			details("2021-07-19", "The paper files a complaint"));

	private static final ProceedingDevelopmentRecorded HEARING = new ProceedingDevelopmentRecorded(PROCEEDING,
			INVESTIGATION, development(1), details("2021-07-20", "Prosecutors open an inquiry"));

	private FixtureConfiguration<Proceeding> fixture;

	private FakeReferences references;

	@BeforeEach
	void fixture() {
		this.fixture = new AggregateTestFixture<>(Proceeding.class);
		this.references = Ids.knownWorld();
		this.fixture.registerInjectableResource(this.references);
	}

	private static OpenProceeding open() {
		return new OpenProceeding(PROCEEDING, INVESTIGATION, ProceedingKind.CRIMINAL_COMPLAINT, "Mediapart's complaint",
				List.of(CONSORTIUM), List.of(VENDOR), "Paris", details("2021-07-19", "The paper files a complaint"));
	}

	@Test
	void openingAProceedingRecordsIt() {
		this.fixture.givenNoPriorActivity()
			.when(open())
			.expectEvents(OPENED)
			.expectResultMessagePayload(new Outcome(PROCEEDING.toString(), 1, false));
	}

	@Test
	void openingTheSameProceedingAgainChangesNothing() {
		this.fixture.given(OPENED)
			.when(open())
			.expectNoEvents()
			.expectResultMessagePayload(new Outcome(PROCEEDING.toString(), 1, true));
		this.fixture.given(OPENED)
			.when(new OpenProceeding(PROCEEDING, INVESTIGATION, ProceedingKind.LAWSUIT, "Mediapart's complaint",
					List.of(CONSORTIUM), List.of(VENDOR), "Paris",
					details("2021-07-19", "The paper files a complaint")))
			.expectException(ConflictingRepeat.class);
	}

	@Test
	void aProceedingNeedsKnownPartiesAKindAndAnOpenInvestigation() {
		this.fixture.givenNoPriorActivity()
			.when(new OpenProceeding(PROCEEDING, INVESTIGATION, ProceedingKind.LAWSUIT, "x", List.of(),
					List.of(UNKNOWN_PARTY), null, details("2021", "x")))
			.expectNoEvents()
			.expectException(UnknownReference.class)
			.expectExceptionMessage("party " + UNKNOWN_PARTY + " is not known (targetPartyIds[0])");
		this.fixture.givenNoPriorActivity()
			.when(new OpenProceeding(PROCEEDING, INVESTIGATION, null, "x", List.of(), List.of(), null,
					details("2021", "x")))
			.expectException(InvalidCommand.class)
			.expectExceptionMessage("kind: is required");
		this.references.investigation(INVESTIGATION, false);
		this.fixture.givenNoPriorActivity().when(open()).expectNoEvents().expectException(StateConflict.class);
	}

	@Test
	void developmentsAreRecordedUntilTheProceedingCloses() {
		this.fixture.given(OPENED)
			.when(new RecordProceedingDevelopment(PROCEEDING, development(1),
					details("2021-07-20", "Prosecutors open an inquiry"), 1L))
			.expectEvents(HEARING)
			.expectResultMessagePayload(new Outcome(development(1).toString(), 2, false));
		ProceedingClosed closed = new ProceedingClosed(PROCEEDING, INVESTIGATION, development(2),
				details("2022", "The inquiry ends"), "Referred to an investigating judge");
		this.fixture.given(OPENED, HEARING)
			.when(new CloseProceeding(PROCEEDING, development(2), details("2022", "The inquiry ends"),
					"Referred to an investigating judge", 2L))
			.expectEvents(closed);
		this.fixture.given(OPENED, HEARING, closed)
			.when(new RecordProceedingDevelopment(PROCEEDING, development(3), details("2022-02", "Late"), null))
			.expectNoEvents()
			.expectException(StateConflict.class)
			.expectExceptionMessage("proceeding " + PROCEEDING + " is closed: it accepts no new developments");
		this.fixture.given(OPENED, closed)
			.when(new CloseProceeding(PROCEEDING, development(3), details("2022", "Again"), "x", null))
			.expectException(StateConflict.class);
	}

	@Test
	void closingNeedsAnOutcome() {
		this.fixture.given(OPENED)
			.when(new CloseProceeding(PROCEEDING, development(2), details("2022", "Ends"), " ", null))
			.expectNoEvents()
			.expectException(InvalidCommand.class)
			.expectExceptionMessage("outcome: must not be blank");
	}

	@Test
	void repeatsAndStaleVersionsAreHandledLikeEveryDevelopment() {
		this.fixture.given(OPENED, HEARING)
			.when(new RecordProceedingDevelopment(PROCEEDING, development(1),
					details("2021-07-20", "Prosecutors open an inquiry"), null))
			.expectNoEvents()
			.expectResultMessagePayload(new Outcome(development(1).toString(), 2, true));
		this.fixture.given(OPENED, HEARING)
			.when(new RecordProceedingDevelopment(PROCEEDING, development(4), details("2021-08", "More"), 1L))
			.expectNoEvents()
			.expectException(StaleVersion.class);
	}

}
