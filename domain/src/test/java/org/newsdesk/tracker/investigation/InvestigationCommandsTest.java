package org.newsdesk.tracker.investigation;

import static org.newsdesk.tracker.common.Ids.INVESTIGATION;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.tracker.common.ConflictingRepeat;
import org.newsdesk.tracker.common.InvalidCommand;
import org.newsdesk.tracker.common.Outcome;
import org.newsdesk.tracker.common.StaleVersion;
import org.newsdesk.tracker.common.StateConflict;

class InvestigationCommandsTest {

	private static final InvestigationOpened OPENED = new InvestigationOpened(INVESTIGATION, "Projet Pegasus",
			"Spyware against journalists");

	private FixtureConfiguration<Investigation> fixture;

	@BeforeEach
	void fixture() {
		this.fixture = new AggregateTestFixture<>(Investigation.class);
	}

	@Test
	void openingAnInvestigationRecordsItAtVersionOne() {
		this.fixture.givenNoPriorActivity()
			.when(new OpenInvestigation(INVESTIGATION, "Projet Pegasus", "Spyware against journalists"))
			.expectEvents(OPENED)
			.expectResultMessagePayload(new Outcome(INVESTIGATION.toString(), 1, false));
	}

	@Test
	void openingTheSameInvestigationAgainChangesNothing() {
		this.fixture.given(OPENED)
			.when(new OpenInvestigation(INVESTIGATION, "Projet Pegasus", "Spyware against journalists"))
			.expectNoEvents()
			.expectResultMessagePayload(new Outcome(INVESTIGATION.toString(), 1, true));
	}

	@Test
	void reusingAnInvestigationIdForAnotherStoryIsAConflict() {
		this.fixture.given(OPENED)
			.when(new OpenInvestigation(INVESTIGATION, "Another story", null))
			.expectNoEvents()
			.expectException(ConflictingRepeat.class)
			.expectExceptionMessage("investigationId " + INVESTIGATION + " was already used with a different payload");
	}

	@Test
	void anInvestigationNeedsATitle() {
		this.fixture.givenNoPriorActivity()
			.when(new OpenInvestigation(INVESTIGATION, " ", null))
			.expectNoEvents()
			.expectException(InvalidCommand.class)
			.expectExceptionMessage("title: must not be blank");
	}

	@Test
	void renamingRecordsTheNewTitle() {
		this.fixture.given(OPENED)
			.when(new RenameInvestigation(INVESTIGATION, "The Pegasus Project", 1L))
			.expectEvents(new InvestigationRenamed(INVESTIGATION, "The Pegasus Project"))
			.expectResultMessagePayload(new Outcome(INVESTIGATION.toString(), 2, false));
	}

	@Test
	void renamingToTheSameTitleChangesNothing() {
		this.fixture.given(OPENED)
			.when(new RenameInvestigation(INVESTIGATION, "Projet Pegasus", null))
			.expectNoEvents()
			.expectResultMessagePayload(new Outcome(INVESTIGATION.toString(), 1, true));
	}

	@Test
	void renamingAgainstAStaleVersionIsRefused() {
		this.fixture.given(OPENED, new InvestigationRenamed(INVESTIGATION, "Pegasus"))
			.when(new RenameInvestigation(INVESTIGATION, "The Pegasus Project", 1L))
			.expectNoEvents()
			.expectException(StaleVersion.class)
			.expectExceptionMessage("expectedVersion 1 is stale: the current version is 2");
	}

	@Test
	void closingAndReopeningAlternate() {
		this.fixture.given(OPENED)
			.when(new CloseInvestigation(INVESTIGATION, "published", null))
			.expectEvents(new InvestigationClosed(INVESTIGATION, "published"));
		this.fixture.given(OPENED, new InvestigationClosed(INVESTIGATION, "published"))
			.when(new ReopenInvestigation(INVESTIGATION, "new revelations", 2L))
			.expectEvents(new InvestigationReopened(INVESTIGATION, "new revelations"))
			.expectResultMessagePayload(new Outcome(INVESTIGATION.toString(), 3, false));
	}

	@Test
	void closingAClosedInvestigationIsRefused() {
		this.fixture.given(OPENED, new InvestigationClosed(INVESTIGATION, null))
			.when(new CloseInvestigation(INVESTIGATION, null, null))
			.expectNoEvents()
			.expectException(StateConflict.class)
			.expectExceptionMessage("investigation " + INVESTIGATION + " is already closed");
	}

	@Test
	void reopeningAnOpenInvestigationIsRefused() {
		this.fixture.given(OPENED)
			.when(new ReopenInvestigation(INVESTIGATION, null, null))
			.expectNoEvents()
			.expectException(StateConflict.class)
			.expectExceptionMessage("investigation " + INVESTIGATION + " is open: only a closed one can be reopened");
	}

}
