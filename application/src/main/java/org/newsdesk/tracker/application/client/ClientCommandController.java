package org.newsdesk.tracker.application.client;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.newsdesk.tracker.application.command.CommandDispatcher;
import org.newsdesk.tracker.application.web.Ids;
import org.newsdesk.tracker.application.web.WriteResult;
import org.newsdesk.tracker.client.ClientRelationshipId;
import org.newsdesk.tracker.client.ReinstateClient;
import org.newsdesk.tracker.client.SuspendClient;
import org.newsdesk.tracker.client.TerminateClient;
import org.newsdesk.tracker.common.DevelopmentId;
import org.newsdesk.tracker.investigation.InvestigationId;
import org.newsdesk.tracker.party.PartyId;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/vendors/{vendorId}/clients/{clientId}")
@Tag(name = "Client relationships")
class ClientCommandController {

	private final CommandDispatcher commands;

	ClientCommandController(CommandDispatcher commands) {
		this.commands = commands;
	}

	@PostMapping("/suspensions")
	@Operation(summary = "Record that a vendor suspended a client (SuspendClient)")
	ResponseEntity<WriteResult> suspend(@PathVariable UUID vendorId, @PathVariable UUID clientId,
			@RequestBody ClientRequests.Suspension request) {
		var vendor = new PartyId(vendorId);
		var client = new PartyId(clientId);
		return send(vendor, client,
				new SuspendClient(vendor, client, developmentId(request.developmentId()),
						new InvestigationId(request.investigationId()), request.details().toDetails(), request.reason(),
						request.temporary(), request.expectedVersion()));
	}

	@PostMapping("/reinstatements")
	@Operation(summary = "Record that a vendor reinstated a suspended client (ReinstateClient)")
	ResponseEntity<WriteResult> reinstate(@PathVariable UUID vendorId, @PathVariable UUID clientId,
			@RequestBody ClientRequests.Action request) {
		var vendor = new PartyId(vendorId);
		var client = new PartyId(clientId);
		return send(vendor, client,
				new ReinstateClient(vendor, client, developmentId(request.developmentId()),
						new InvestigationId(request.investigationId()), request.details().toDetails(), request.reason(),
						request.expectedVersion()));
	}

	@PostMapping("/terminations")
	@Operation(summary = "Record that a vendor ended its relationship with a client (TerminateClient)")
	ResponseEntity<WriteResult> terminate(@PathVariable UUID vendorId, @PathVariable UUID clientId,
			@RequestBody ClientRequests.Action request) {
		var vendor = new PartyId(vendorId);
		var client = new PartyId(clientId);
		return send(vendor, client,
				new TerminateClient(vendor, client, developmentId(request.developmentId()),
						new InvestigationId(request.investigationId()), request.details().toDetails(), request.reason(),
						request.expectedVersion()));
	}

	private ResponseEntity<WriteResult> send(PartyId vendor, PartyId client, Object command) {
		return WriteResult.of(this.commands.send(new ClientRelationshipId(vendor, client).toString(), command));
	}

	private static DevelopmentId developmentId(UUID id) {
		return new DevelopmentId(Ids.orNew(id));
	}

}
