package org.newsdesk.tracker.proceeding;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashMap;
import java.util.Map;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.newsdesk.tracker.common.DetailsRules;
import org.newsdesk.tracker.common.DevelopmentId;
import org.newsdesk.tracker.common.InvalidCommand;
import org.newsdesk.tracker.common.Outcome;
import org.newsdesk.tracker.common.References;
import org.newsdesk.tracker.common.Repeats;
import org.newsdesk.tracker.common.StateConflict;
import org.newsdesk.tracker.common.Texts;
import org.newsdesk.tracker.common.Versions;
import org.newsdesk.tracker.investigation.InvestigationId;

/**
 * An official investigation, internal review, complaint, lawsuit or inquiry, from opening
 * to outcome.
 */
public class Proceeding {

	@AggregateIdentifier
	private ProceedingId proceedingId;

	private InvestigationId investigationId;

	private ProceedingOpened opening;

	private boolean closed;

	private final Map<DevelopmentId, Recorded> recorded = new HashMap<>();

	private record Recorded(Object event, long version) {
	}

	protected Proceeding() {
	}

	@CommandHandler
	@CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
	Outcome handle(OpenProceeding command, References references) {
		if (command.investigationId() == null) {
			throw new InvalidCommand("investigationId", "is required");
		}
		if (command.kind() == null) {
			throw new InvalidCommand("kind", "is required");
		}
		var opened = new ProceedingOpened(command.proceedingId(), command.investigationId(), command.kind(),
				Texts.required("title", command.title(), 300), command.initiatorPartyIds(), command.targetPartyIds(),
				Texts.optional("venue", command.venue(), 300), DetailsRules.check(command.details(), false));
		if (this.opening != null) {
			return Repeats.repeatOf("proceedingId", command.proceedingId(), this.opening, opened, 1);
		}
		references.requireOpenInvestigation(command.investigationId());
		references.requireParties("initiatorPartyIds", opened.initiatorPartyIds());
		references.requireParties("targetPartyIds", opened.targetPartyIds());
		references.requireDetails(opened.details());
		apply(opened);
		return Outcome.recorded(command.proceedingId(), Versions.current());
	}

	@CommandHandler
	Outcome handle(RecordProceedingDevelopment command, References references) {
		var event = new ProceedingDevelopmentRecorded(this.proceedingId, this.investigationId, command.developmentId(),
				DetailsRules.check(command.details(), false));
		return record(command.developmentId(), event, command.expectedVersion(), references);
	}

	@CommandHandler
	Outcome handle(CloseProceeding command, References references) {
		var event = new ProceedingClosed(this.proceedingId, this.investigationId, command.developmentId(),
				DetailsRules.check(command.details(), false), Texts.required("outcome", command.outcome(), 1000));
		return record(command.developmentId(), event, command.expectedVersion(), references);
	}

	private Outcome record(DevelopmentId developmentId, Object event, Long expectedVersion, References references) {
		if (developmentId == null) {
			throw new InvalidCommand("developmentId", "is required");
		}
		var earlier = this.recorded.get(developmentId);
		if (earlier != null) {
			return Repeats.repeatOf("developmentId", developmentId, earlier.event(), event, earlier.version());
		}
		Versions.require(expectedVersion);
		if (this.closed) {
			throw new StateConflict("proceeding " + this.proceedingId + " is closed: it accepts no new developments");
		}
		references.requireOpenInvestigation(this.investigationId);
		var details = (event instanceof ProceedingClosed closure) ? closure.details()
				: ((ProceedingDevelopmentRecorded) event).details();
		references.requireDetails(details);
		apply(event);
		return Outcome.recorded(developmentId, Versions.current());
	}

	@EventSourcingHandler
	void on(ProceedingOpened event) {
		this.proceedingId = event.proceedingId();
		this.investigationId = event.investigationId();
		this.opening = event;
	}

	@EventSourcingHandler
	void on(ProceedingDevelopmentRecorded event, @SequenceNumber long sequenceNumber) {
		this.recorded.put(event.developmentId(), new Recorded(event, sequenceNumber + 1));
	}

	@EventSourcingHandler
	void on(ProceedingClosed event, @SequenceNumber long sequenceNumber) {
		this.recorded.put(event.developmentId(), new Recorded(event, sequenceNumber + 1));
		this.closed = true;
	}

}
