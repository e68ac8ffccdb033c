package org.newsdesk.tracker.client;

import static org.newsdesk.tracker.common.Ids.GOVERNMENT;
import static org.newsdesk.tracker.common.Ids.INVESTIGATION;
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

/** A vendor's relationship with a client: active, suspended, reinstated, terminated. */
class ClientRelationshipCommandsTest {

	private static final ClientRelationshipId RELATIONSHIP = new ClientRelationshipId(VENDOR, GOVERNMENT);

	private static DevelopmentDetails details(String occurredOn) {
		return new DevelopmentDetails(OccurredOn.parse(occurredOn), List.of(VENDOR), List.of(SOURCE),
				"An employee says some clients were cut off", List.of());
	}

	private static final ClientSuspended SUSPENDED = new ClientSuspended(VENDOR, GOVERNMENT, development(1),
			INVESTIGATION, details("2021-07-29"), "internal inquiry", true);

	private static final ClientReinstated REINSTATED = new ClientReinstated(VENDOR, GOVERNMENT, development(2),
			INVESTIGATION, details("2021-09"), "inquiry closed");

	private static final ClientTerminated TERMINATED = new ClientTerminated(VENDOR, GOVERNMENT, development(3),
			INVESTIGATION, details("2021-10"), "misuse found");

	private FixtureConfiguration<ClientRelationship> fixture;

	private FakeReferences references;

	@BeforeEach
	void fixture() {
		this.fixture = new AggregateTestFixture<>(ClientRelationship.class);
		this.references = Ids.knownWorld();
		this.fixture.registerInjectableResource(this.references);
	}

	private static SuspendClient suspend(long development) {
		return new SuspendClient(VENDOR, GOVERNMENT, development(development), INVESTIGATION, details("2021-07-29"),
				"internal inquiry", true, null);
	}

	private static ReinstateClient reinstate(long development) {
		return new ReinstateClient(VENDOR, GOVERNMENT, development(development), INVESTIGATION, details("2021-09"),
				"inquiry closed", null);
	}

	private static TerminateClient terminate(long development) {
		return new TerminateClient(VENDOR, GOVERNMENT, development(development), INVESTIGATION, details("2021-10"),
				"misuse found", null);
	}

	@Test
	void anActiveClientIsSuspended() {
		this.fixture.givenNoPriorActivity()
			.when(suspend(1))
			.expectEvents(SUSPENDED)
			.expectResultMessagePayload(new Outcome(development(1).toString(), 1, false));
	}

	@Test
	void aSuspendedClientIsReinstated() {
		this.fixture.given(SUSPENDED)
			.when(reinstate(2))
			.expectEvents(REINSTATED)
			.expectResultMessagePayload(new Outcome(development(2).toString(), 2, false));
	}

	@Test
	void aClientIsTerminatedWhetherActiveOrSuspended() {
		this.fixture.given(SUSPENDED).when(terminate(3)).expectEvents(TERMINATED);
		this.fixture.givenNoPriorActivity()
			.when(terminate(3))
			.expectEvents(TERMINATED)
			.expectResultMessagePayload(new Outcome(development(3).toString(), 1, false));
	}

	@Test
	void aSuspendedClientCannotBeSuspendedAgain() {
		this.fixture.given(SUSPENDED)
			.when(suspend(4))
			.expectNoEvents()
			.expectException(StateConflict.class)
			.expectExceptionMessage("client " + GOVERNMENT + " of vendor " + VENDOR
					+ " is suspended: only an active client can be suspended");
	}

	@Test
	void onlyASuspendedClientCanBeReinstated() {
		this.fixture.givenNoPriorActivity()
			.when(reinstate(2))
			.expectNoEvents()
			.expectException(StateConflict.class)
			.expectExceptionMessage("client " + GOVERNMENT + " of vendor " + VENDOR
					+ " is active: only a suspended client can be reinstated");
		this.fixture.given(SUSPENDED, REINSTATED).when(reinstate(4)).expectException(StateConflict.class);
	}

	@Test
	void nothingFollowsATermination() {
		this.fixture.given(TERMINATED)
			.when(suspend(4))
			.expectNoEvents()
			.expectException(StateConflict.class)
			.expectExceptionMessage("client " + GOVERNMENT + " of vendor " + VENDOR
					+ " is terminated: only an active client can be suspended");
		this.fixture.given(TERMINATED).when(reinstate(4)).expectException(StateConflict.class);
		this.fixture.given(TERMINATED)
			.when(terminate(4))
			.expectException(StateConflict.class)
			.expectExceptionMessage("client " + GOVERNMENT + " of vendor " + VENDOR
					+ " is terminated: nothing can follow a termination");
	}

	@Test
	void repeatingAnActionAnswersWithItsOriginalVersion() {
		this.fixture.given(SUSPENDED, REINSTATED)
			.when(suspend(1))
			.expectNoEvents()
			.expectResultMessagePayload(new Outcome(development(1).toString(), 1, true));
		this.fixture.given(SUSPENDED)
			.when(new SuspendClient(VENDOR, GOVERNMENT, development(1), INVESTIGATION, details("2021-07-29"),
					"internal inquiry", false, null))
			.expectException(ConflictingRepeat.class);
	}

	@Test
	void bothPartiesMustBeKnown() {
		this.fixture.givenNoPriorActivity()
			.when(new SuspendClient(VENDOR, UNKNOWN_PARTY, development(1), INVESTIGATION, details("2021"), null, true,
					null))
			.expectNoEvents()
			.expectException(UnknownReference.class)
			.expectExceptionMessage("party " + UNKNOWN_PARTY + " is not known (clientId)");
	}

	@Test
	void aVendorIsNotItsOwnClient() {
		this.fixture.givenNoPriorActivity()
			.when(new SuspendClient(VENDOR, VENDOR, development(1), INVESTIGATION, details("2021"), null, true, null))
			.expectNoEvents()
			.expectException(InvalidCommand.class)
			.expectExceptionMessage("clientId: a vendor cannot be its own client");
	}

	@Test
	void anActionNeedsAnOpenInvestigation() {
		this.fixture.givenNoPriorActivity()
			.when(new SuspendClient(VENDOR, GOVERNMENT, development(1), null, details("2021"), null, true, null))
			.expectException(InvalidCommand.class)
			.expectExceptionMessage("investigationId: is required");
		this.references.investigation(INVESTIGATION, false);
		this.fixture.givenNoPriorActivity().when(suspend(1)).expectNoEvents().expectException(StateConflict.class);
	}

	@Test
	void aStaleExpectedVersionIsRefused() {
		this.fixture.given(SUSPENDED)
			.when(new ReinstateClient(VENDOR, GOVERNMENT, development(2), INVESTIGATION, details("2021-09"), null, 0L))
			.expectNoEvents()
			.expectException(StaleVersion.class);
	}

	@Test
	void theRelationshipIdNamesVendorAndClient() {
		org.assertj.core.api.Assertions.assertThat(RELATIONSHIP.toString()).isEqualTo(VENDOR + ":" + GOVERNMENT);
	}

}
