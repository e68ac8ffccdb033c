package org.newsdesk.tracker.party;

import static org.newsdesk.tracker.common.Ids.VENDOR;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.tracker.common.ConflictingRepeat;
import org.newsdesk.tracker.common.InvalidCommand;
import org.newsdesk.tracker.common.Outcome;
import org.newsdesk.tracker.common.StaleVersion;

class PartyCommandsTest {

	private static final PartyRegistered REGISTERED = new PartyRegistered(VENDOR, "NSO Group", PartyKind.COMPANY, "IL");

	private FixtureConfiguration<Party> fixture;

	@BeforeEach
	void fixture() {
		this.fixture = new AggregateTestFixture<>(Party.class);
	}

	@Test
	void registeringAPartyRecordsIt() {
		this.fixture.givenNoPriorActivity()
			.when(new RegisterParty(VENDOR, "NSO Group", PartyKind.COMPANY, "IL"))
			.expectEvents(REGISTERED)
			.expectResultMessagePayload(new Outcome(VENDOR.toString(), 1, false));
	}

	@Test
	void registeringTheSamePartyAgainChangesNothing() {
		this.fixture.given(REGISTERED)
			.when(new RegisterParty(VENDOR, "NSO Group", PartyKind.COMPANY, "IL"))
			.expectNoEvents()
			.expectResultMessagePayload(new Outcome(VENDOR.toString(), 1, true));
	}

	@Test
	void reusingAPartyIdForSomebodyElseIsAConflict() {
		this.fixture.given(REGISTERED)
			.when(new RegisterParty(VENDOR, "Q Cyber Technologies", PartyKind.COMPANY, "IL"))
			.expectNoEvents()
			.expectException(ConflictingRepeat.class);
	}

	@Test
	void aPartyNeedsANameAndAKind() {
		this.fixture.givenNoPriorActivity()
			.when(new RegisterParty(VENDOR, "", PartyKind.COMPANY, null))
			.expectException(InvalidCommand.class)
			.expectExceptionMessage("name: must not be blank");
		this.fixture.givenNoPriorActivity()
			.when(new RegisterParty(VENDOR, "NSO Group", null, null))
			.expectException(InvalidCommand.class)
			.expectExceptionMessage("kind: is required");
	}

	@Test
	void anUnknownCountryCodeIsRefused() {
		this.fixture.givenNoPriorActivity()
			.when(new RegisterParty(VENDOR, "NSO Group", PartyKind.COMPANY, "XX"))
			.expectNoEvents()
			.expectException(InvalidCommand.class)
			.expectExceptionMessage("country: 'XX' is not an ISO 3166-1 alpha-2 country code");
	}

	@Test
	void amendingKeepsWhatIsNotNamed() {
		this.fixture.given(REGISTERED)
			.when(new AmendParty(VENDOR, "NSO Group Technologies", null, null, 1L))
			.expectEvents(new PartyAmended(VENDOR, "NSO Group Technologies", PartyKind.COMPANY, "IL"))
			.expectResultMessagePayload(new Outcome(VENDOR.toString(), 2, false));
	}

	@Test
	void amendingToTheSameValuesChangesNothing() {
		this.fixture.given(REGISTERED)
			.when(new AmendParty(VENDOR, "NSO Group", PartyKind.COMPANY, null, null))
			.expectNoEvents()
			.expectResultMessagePayload(new Outcome(VENDOR.toString(), 1, true));
	}

	@Test
	void amendingAgainstAStaleVersionIsRefused() {
		this.fixture.given(REGISTERED, new PartyAmended(VENDOR, "NSO", PartyKind.COMPANY, "IL"))
			.when(new AmendParty(VENDOR, "NSO Group", null, null, 1L))
			.expectNoEvents()
			.expectException(StaleVersion.class);
	}

}
