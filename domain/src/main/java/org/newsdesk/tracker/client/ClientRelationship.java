package org.newsdesk.tracker.client;

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
import org.newsdesk.tracker.common.UnknownReference;
import org.newsdesk.tracker.common.Versions;

/**
 * A vendor's relationship with one client: active until suspended, reinstated only from a
 * suspension, and final once terminated. It comes into being with its first action.
 */
public class ClientRelationship {

	@AggregateIdentifier
	private ClientRelationshipId relationshipId;

	private ClientStatus status = ClientStatus.ACTIVE;

	private final Map<DevelopmentId, Recorded> recorded = new HashMap<>();

	private record Recorded(ClientDevelopment event, long version) {
	}

	protected ClientRelationship() {
	}

	@CommandHandler
	@CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
	Outcome handle(SuspendClient command, References references) {
		var event = new ClientSuspended(command.vendorId(), command.clientId(), command.developmentId(),
				command.investigationId(), DetailsRules.check(command.details(), false), reason(command),
				command.temporary());
		return decide(command, event, references, ClientStatus.ACTIVE, "only an active client can be suspended");
	}

	@CommandHandler
	@CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
	Outcome handle(ReinstateClient command, References references) {
		var event = new ClientReinstated(command.vendorId(), command.clientId(), command.developmentId(),
				command.investigationId(), DetailsRules.check(command.details(), false), reason(command));
		return decide(command, event, references, ClientStatus.SUSPENDED, "only a suspended client can be reinstated");
	}

	@CommandHandler
	@CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
	Outcome handle(TerminateClient command, References references) {
		var event = new ClientTerminated(command.vendorId(), command.clientId(), command.developmentId(),
				command.investigationId(), DetailsRules.check(command.details(), false), reason(command));
		ClientStatus required = (this.status == ClientStatus.TERMINATED) ? null : this.status;
		return decide(command, event, references, required, "nothing can follow a termination");
	}

	private static String reason(ClientAction command) {
		return Texts.optional("reason", command.reason(), 4000);
	}

	private Outcome decide(ClientAction command, ClientDevelopment event, References references,
			ClientStatus requiredStatus, String rule) {
		if (command.developmentId() == null) {
			throw new InvalidCommand("developmentId", "is required");
		}
		if (command.investigationId() == null) {
			throw new InvalidCommand("investigationId", "is required");
		}
		var earlier = this.recorded.get(command.developmentId());
		if (earlier != null) {
			return Repeats.repeatOf("developmentId", command.developmentId(), earlier.event(), event,
					earlier.version());
		}
		Versions.require(command.expectedVersion());
		if (event.vendorId().equals(event.clientId())) {
			throw new InvalidCommand("clientId", "a vendor cannot be its own client");
		}
		if (!references.partyExists(event.vendorId())) {
			throw new UnknownReference("vendorId", "party", event.vendorId());
		}
		if (!references.partyExists(event.clientId())) {
			throw new UnknownReference("clientId", "party", event.clientId());
		}
		references.requireOpenInvestigation(command.investigationId());
		references.requireDetails(command.details());
		if (this.status != requiredStatus) {
			throw new StateConflict("client " + event.clientId() + " of vendor " + event.vendorId() + " is "
					+ this.status.name().toLowerCase(java.util.Locale.ROOT) + ": " + rule);
		}
		apply(event);
		return Outcome.recorded(command.developmentId(), Versions.current());
	}

	@EventSourcingHandler
	void on(ClientDevelopment event, @SequenceNumber long sequenceNumber) {
		this.relationshipId = new ClientRelationshipId(event.vendorId(), event.clientId());
		this.recorded.put(event.developmentId(), new Recorded(event, sequenceNumber + 1));
		if (event instanceof ClientSuspended) {
			this.status = ClientStatus.SUSPENDED;
		}
		else if (event instanceof ClientReinstated) {
			this.status = ClientStatus.ACTIVE;
		}
		else if (event instanceof ClientTerminated) {
			this.status = ClientStatus.TERMINATED;
		}
	}

}
