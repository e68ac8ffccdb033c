package org.newsdesk.tracker.investigation;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.newsdesk.tracker.common.Outcome;
import org.newsdesk.tracker.common.Repeats;
import org.newsdesk.tracker.common.StateConflict;
import org.newsdesk.tracker.common.Texts;
import org.newsdesk.tracker.common.Versions;

/**
 * One story being tracked. It owns claims, proceedings and client actions, and can be
 * closed.
 */
public class Investigation {

	static final int MAX_TITLE_LENGTH = 300;

	@AggregateIdentifier
	private InvestigationId investigationId;

	private InvestigationOpened opening;

	private String title;

	private boolean closed;

	protected Investigation() {
	}

	@CommandHandler
	@CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
	Outcome handle(OpenInvestigation command) {
		var opened = new InvestigationOpened(command.investigationId(),
				Texts.required("title", command.title(), MAX_TITLE_LENGTH),
				Texts.optional("summary", command.summary(), 4000));
		if (this.opening != null) {
			return Repeats.repeatOf("investigationId", command.investigationId(), this.opening, opened, 1);
		}
		apply(opened);
		return Outcome.recorded(command.investigationId(), Versions.current());
	}

	@CommandHandler
	Outcome handle(RenameInvestigation command) {
		String newTitle = Texts.required("title", command.title(), MAX_TITLE_LENGTH);
		if (newTitle.equals(this.title)) {
			return Outcome.repeated(this.investigationId, Versions.current());
		}
		Versions.require(command.expectedVersion());
		apply(new InvestigationRenamed(this.investigationId, newTitle));
		return Outcome.recorded(this.investigationId, Versions.current());
	}

	@CommandHandler
	Outcome handle(CloseInvestigation command) {
		Versions.require(command.expectedVersion());
		if (this.closed) {
			throw new StateConflict("investigation " + this.investigationId + " is already closed");
		}
		apply(new InvestigationClosed(this.investigationId, Texts.optional("reason", command.reason(), 4000)));
		return Outcome.recorded(this.investigationId, Versions.current());
	}

	@CommandHandler
	Outcome handle(ReopenInvestigation command) {
		Versions.require(command.expectedVersion());
		if (!this.closed) {
			throw new StateConflict(
					"investigation " + this.investigationId + " is open: only a closed one can be reopened");
		}
		apply(new InvestigationReopened(this.investigationId, Texts.optional("reason", command.reason(), 4000)));
		return Outcome.recorded(this.investigationId, Versions.current());
	}

	@EventSourcingHandler
	void on(InvestigationOpened event) {
		this.investigationId = event.investigationId();
		this.opening = event;
		this.title = event.title();
	}

	@EventSourcingHandler
	void on(InvestigationRenamed event) {
		this.title = event.title();
	}

	@EventSourcingHandler
	void on(InvestigationClosed event) {
		this.closed = true;
	}

	@EventSourcingHandler
	void on(InvestigationReopened event) {
		this.closed = false;
	}

}
