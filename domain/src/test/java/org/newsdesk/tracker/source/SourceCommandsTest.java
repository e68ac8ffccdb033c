package org.newsdesk.tracker.source;

import static org.newsdesk.tracker.common.Ids.CONSORTIUM;
import static org.newsdesk.tracker.common.Ids.SOURCE;
import static org.newsdesk.tracker.common.Ids.UNKNOWN_PARTY;

import java.time.LocalDate;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.tracker.common.ConflictingRepeat;
import org.newsdesk.tracker.common.Ids;
import org.newsdesk.tracker.common.InvalidCommand;
import org.newsdesk.tracker.common.Outcome;
import org.newsdesk.tracker.common.StateConflict;
import org.newsdesk.tracker.common.UnknownReference;

class SourceCommandsTest {

	private static final LocalDate JULY_18 = LocalDate.of(2021, 7, 18);

	private static final SourceRegistered REGISTERED = new SourceRegistered(SOURCE, SourceKind.ARTICLE,
			"The leaked list", "https://forbiddenstories.org/", CONSORTIUM, JULY_18, false);

	private FixtureConfiguration<Source> fixture;

	@BeforeEach
	void fixture() {
		this.fixture = new AggregateTestFixture<>(Source.class);
		this.fixture.registerInjectableResource(Ids.knownWorld());
	}

	@Test
	void registeringASourceRecordsIt() {
		this.fixture.givenNoPriorActivity()
			.when(new RegisterSource(SOURCE, SourceKind.ARTICLE, "The leaked list", "https://forbiddenstories.org/",
					CONSORTIUM, JULY_18, false))
			.expectEvents(REGISTERED)
			.expectResultMessagePayload(new Outcome(SOURCE.toString(), 1, false));
	}

	@Test
	void registeringTheSameSourceAgainChangesNothing() {
		this.fixture.given(REGISTERED)
			.when(new RegisterSource(SOURCE, SourceKind.ARTICLE, "The leaked list", "https://forbiddenstories.org/",
					CONSORTIUM, JULY_18, false))
			.expectNoEvents()
			.expectResultMessagePayload(new Outcome(SOURCE.toString(), 1, true));
	}

	@Test
	void reusingASourceIdForAnotherDocumentIsAConflict() {
		this.fixture.given(REGISTERED)
			.when(new RegisterSource(SOURCE, SourceKind.REPORT, "Forensic methodology", null, null, null, false))
			.expectNoEvents()
			.expectException(ConflictingRepeat.class);
	}

	@Test
	void anUnknownPublisherIsNamed() {
		this.fixture.givenNoPriorActivity()
			.when(new RegisterSource(SOURCE, SourceKind.ARTICLE, "x", null, UNKNOWN_PARTY, null, false))
			.expectNoEvents()
			.expectException(UnknownReference.class)
			.expectExceptionMessage("party " + UNKNOWN_PARTY + " is not known (publisherPartyId)");
	}

	@Test
	void onlyWebAddressesAreAccepted() {
		this.fixture.givenNoPriorActivity()
			.when(new RegisterSource(SOURCE, SourceKind.ARTICLE, "x", "javascript:alert(1)", null, null, false))
			.expectNoEvents()
			.expectException(InvalidCommand.class)
			.expectExceptionMessage("url: must be an absolute http or https address");
	}

	@Test
	void aSourceNeedsATitleAndAKind() {
		this.fixture.givenNoPriorActivity()
			.when(new RegisterSource(SOURCE, null, "x", null, null, null, false))
			.expectException(InvalidCommand.class)
			.expectExceptionMessage("kind: is required");
		this.fixture.givenNoPriorActivity()
			.when(new RegisterSource(SOURCE, SourceKind.ARTICLE, null, null, null, null, false))
			.expectException(InvalidCommand.class)
			.expectExceptionMessage("title: must not be blank");
	}

	@Test
	void amendingKeepsWhatIsNotNamed() {
		this.fixture.given(REGISTERED)
			.when(new AmendSource(SOURCE, null, null, null, null, null, true, 1L))
			.expectEvents(new SourceAmended(SOURCE, SourceKind.ARTICLE, "The leaked list",
					"https://forbiddenstories.org/", CONSORTIUM, JULY_18, true))
			.expectResultMessagePayload(new Outcome(SOURCE.toString(), 2, false));
	}

	@Test
	void amendingWithNothingNewChangesNothing() {
		this.fixture.given(REGISTERED)
			.when(new AmendSource(SOURCE, null, null, null, null, null, null, null))
			.expectNoEvents()
			.expectResultMessagePayload(new Outcome(SOURCE.toString(), 1, true));
	}

	@Test
	void amendingToAnUnknownPublisherIsRefused() {
		this.fixture.given(REGISTERED)
			.when(new AmendSource(SOURCE, null, null, null, UNKNOWN_PARTY, null, null, null))
			.expectNoEvents()
			.expectException(UnknownReference.class);
	}

	private static final SourceRegistered CONFIDENTIAL = new SourceRegistered(SOURCE, SourceKind.INTERVIEW,
			"An employee of the company", null, null, JULY_18, true);

	@Test
	void keepingTheIdentityOfAConfidentialSourceRecordsThatItIsKeptAndNothingOfIt() {
		this.fixture.given(CONFIDENTIAL)
			.when(new RecordSourceIdentity(SOURCE))
			.expectEvents(new SourceIdentityRecorded(SOURCE))
			.expectResultMessagePayload(new Outcome(SOURCE.toString(), 2, false));
	}

	@Test
	void aSourceThatIsNotConfidentialHasNoIdentityToKeep() {
		this.fixture.given(REGISTERED)
			.when(new RecordSourceIdentity(SOURCE))
			.expectNoEvents()
			.expectException(StateConflict.class)
			.expectExceptionMessage("only a confidential source has its identity kept in the vault; amend the source "
					+ "to confidential first");
	}

	@Test
	void revealingAKeptIdentityRecordsWhy() {
		this.fixture.given(CONFIDENTIAL, new SourceIdentityRecorded(SOURCE))
			.when(new RevealSourceIdentity(SOURCE, "Legal asked before publication"))
			.expectEvents(new SourceIdentityRevealed(SOURCE, "Legal asked before publication"));
	}

	@Test
	void aRevealNeedsAReason() {
		this.fixture.given(CONFIDENTIAL, new SourceIdentityRecorded(SOURCE))
			.when(new RevealSourceIdentity(SOURCE, " "))
			.expectNoEvents()
			.expectException(InvalidCommand.class)
			.expectExceptionMessage("reason: must not be blank");
	}

	@Test
	void nothingIsRevealedWhenNoIdentityIsKept() {
		this.fixture.given(CONFIDENTIAL)
			.when(new RevealSourceIdentity(SOURCE, "Curiosity"))
			.expectNoEvents()
			.expectException(StateConflict.class)
			.expectExceptionMessage("no identity of source " + SOURCE + " is kept in the vault to be revealed");
	}

	@Test
	void forgettingAnIdentityLeavesNothingToReveal() {
		this.fixture.given(CONFIDENTIAL, new SourceIdentityRecorded(SOURCE))
			.when(new ForgetSourceIdentity(SOURCE, "The source asked us to"))
			.expectEvents(new SourceIdentityForgotten(SOURCE, "The source asked us to"));
		this.fixture
			.given(CONFIDENTIAL, new SourceIdentityRecorded(SOURCE),
					new SourceIdentityForgotten(SOURCE, "The source asked us to"))
			.when(new RevealSourceIdentity(SOURCE, "Curiosity"))
			.expectNoEvents()
			.expectException(StateConflict.class);
	}

	@Test
	void anIdentityForgottenAlreadyCannotBeForgottenAgain() {
		this.fixture
			.given(CONFIDENTIAL, new SourceIdentityRecorded(SOURCE),
					new SourceIdentityForgotten(SOURCE, "The source asked us to"))
			.when(new ForgetSourceIdentity(SOURCE, "Again"))
			.expectNoEvents()
			.expectExceptionMessage("no identity of source " + SOURCE + " is kept in the vault to be forgotten");
	}

}
