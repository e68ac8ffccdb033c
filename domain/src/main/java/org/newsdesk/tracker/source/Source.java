package org.newsdesk.tracker.source;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.newsdesk.tracker.common.InvalidCommand;
import org.newsdesk.tracker.common.Outcome;
import org.newsdesk.tracker.common.References;
import org.newsdesk.tracker.common.Repeats;
import org.newsdesk.tracker.common.StateConflict;
import org.newsdesk.tracker.common.Texts;
import org.newsdesk.tracker.common.UnknownReference;
import org.newsdesk.tracker.common.Versions;

/**
 * Where developments are documented: an article, a report, an interview, a court filing.
 */
public class Source {

	static final int MAX_TITLE_LENGTH = 500;

	static final int MAX_REASON_LENGTH = 1000;

	@AggregateIdentifier
	private SourceId sourceId;

	private SourceRegistered registration;

	private SourceAmended current;

	private boolean identityKept;

	protected Source() {
	}

	@CommandHandler
	@CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
	Outcome handle(RegisterSource command, References references) {
		if (command.kind() == null) {
			throw new InvalidCommand("kind", "is required");
		}
		var registered = new SourceRegistered(command.sourceId(), command.kind(),
				Texts.required("title", command.title(), MAX_TITLE_LENGTH), Urls.check(command.url()),
				command.publisherPartyId(), command.publishedOn(), command.confidential());
		if (this.registration != null) {
			return Repeats.repeatOf("sourceId", command.sourceId(), this.registration, registered, 1);
		}
		if (command.publisherPartyId() != null && !references.partyExists(command.publisherPartyId())) {
			throw new UnknownReference("publisherPartyId", "party", command.publisherPartyId());
		}
		apply(registered);
		return Outcome.recorded(command.sourceId(), Versions.current());
	}

	@CommandHandler
	Outcome handle(AmendSource command, References references) {
		var amended = new SourceAmended(this.sourceId, orElse(command.kind(), this.current.kind()),
				(command.title() != null) ? Texts.required("title", command.title(), MAX_TITLE_LENGTH)
						: this.current.title(),
				(command.url() != null) ? Urls.check(command.url()) : this.current.url(),
				orElse(command.publisherPartyId(), this.current.publisherPartyId()),
				orElse(command.publishedOn(), this.current.publishedOn()),
				orElse(command.confidential(), this.current.confidential()));
		if (amended.equals(this.current)) {
			return Outcome.repeated(this.sourceId, Versions.current());
		}
		Versions.require(command.expectedVersion());
		if (command.publisherPartyId() != null && !references.partyExists(command.publisherPartyId())) {
			throw new UnknownReference("publisherPartyId", "party", command.publisherPartyId());
		}
		apply(amended);
		return Outcome.recorded(this.sourceId, Versions.current());
	}

	@CommandHandler
	Outcome handle(RecordSourceIdentity command) {
		if (!this.current.confidential()) {
			throw new StateConflict("only a confidential source has its identity kept in the vault; amend the source "
					+ "to confidential first");
		}
		apply(new SourceIdentityRecorded(this.sourceId));
		return Outcome.recorded(this.sourceId, Versions.current());
	}

	@CommandHandler
	Outcome handle(RevealSourceIdentity command) {
		String reason = Texts.required("reason", command.reason(), MAX_REASON_LENGTH);
		requireIdentity("revealed");
		apply(new SourceIdentityRevealed(this.sourceId, reason));
		return Outcome.recorded(this.sourceId, Versions.current());
	}

	@CommandHandler
	Outcome handle(ForgetSourceIdentity command) {
		String reason = Texts.required("reason", command.reason(), MAX_REASON_LENGTH);
		requireIdentity("forgotten");
		apply(new SourceIdentityForgotten(this.sourceId, reason));
		return Outcome.recorded(this.sourceId, Versions.current());
	}

	private void requireIdentity(String action) {
		if (!this.identityKept) {
			throw new StateConflict("no identity of source " + this.sourceId + " is kept in the vault to be " + action);
		}
	}

	private static <T> T orElse(T value, T current) {
		return (value != null) ? value : current;
	}

	@EventSourcingHandler
	void on(SourceRegistered event) {
		this.sourceId = event.sourceId();
		this.registration = event;
		this.current = new SourceAmended(event.sourceId(), event.kind(), event.title(), event.url(),
				event.publisherPartyId(), event.publishedOn(), event.confidential());
	}

	@EventSourcingHandler
	void on(SourceAmended event) {
		this.current = event;
	}

	@EventSourcingHandler
	void on(SourceIdentityRecorded event) {
		this.identityKept = true;
	}

	@EventSourcingHandler
	void on(SourceIdentityForgotten event) {
		this.identityKept = false;
	}

}
