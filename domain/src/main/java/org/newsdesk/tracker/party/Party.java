package org.newsdesk.tracker.party;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.Objects;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.newsdesk.tracker.common.InvalidCommand;
import org.newsdesk.tracker.common.Outcome;
import org.newsdesk.tracker.common.Repeats;
import org.newsdesk.tracker.common.Texts;
import org.newsdesk.tracker.common.Versions;

/** Any actor of a story: a person, a company, a government, an undisclosed group. */
public class Party {

	static final int MAX_NAME_LENGTH = 300;

	@AggregateIdentifier
	private PartyId partyId;

	private PartyRegistered registration;

	private PartyAmended current;

	protected Party() {
	}

	@CommandHandler
	@CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
	Outcome handle(RegisterParty command) {
		if (command.kind() == null) {
			throw new InvalidCommand("kind", "is required");
		}
		var registered = new PartyRegistered(command.partyId(), Texts.required("name", command.name(), MAX_NAME_LENGTH),
				command.kind(), Countries.check(command.country()));
		if (this.registration != null) {
			return Repeats.repeatOf("partyId", command.partyId(), this.registration, registered, 1);
		}
		apply(registered);
		return Outcome.recorded(command.partyId(), Versions.current());
	}

	@CommandHandler
	Outcome handle(AmendParty command) {
		var amended = new PartyAmended(this.partyId,
				(command.name() != null) ? Texts.required("name", command.name(), MAX_NAME_LENGTH)
						: this.current.name(),
				Objects.requireNonNullElse(command.kind(), this.current.kind()),
				(command.country() != null) ? Countries.check(command.country()) : this.current.country());
		if (amended.equals(this.current)) {
			return Outcome.repeated(this.partyId, Versions.current());
		}
		Versions.require(command.expectedVersion());
		apply(amended);
		return Outcome.recorded(this.partyId, Versions.current());
	}

	@EventSourcingHandler
	void on(PartyRegistered event) {
		this.partyId = event.partyId();
		this.registration = event;
		this.current = new PartyAmended(event.partyId(), event.name(), event.kind(), event.country());
	}

	@EventSourcingHandler
	void on(PartyAmended event) {
		this.current = event;
	}

}
