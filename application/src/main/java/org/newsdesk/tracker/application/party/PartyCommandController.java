package org.newsdesk.tracker.application.party;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.newsdesk.tracker.application.command.CommandDispatcher;
import org.newsdesk.tracker.application.web.Ids;
import org.newsdesk.tracker.application.web.WriteResult;
import org.newsdesk.tracker.party.AmendParty;
import org.newsdesk.tracker.party.PartyId;
import org.newsdesk.tracker.party.RegisterParty;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/parties")
@Tag(name = "Parties")
class PartyCommandController {

	private final CommandDispatcher commands;

	PartyCommandController(CommandDispatcher commands) {
		this.commands = commands;
	}

	@PostMapping
	@Operation(summary = "Register a party: a person, company, government, agency, NGO, outlet, court or group")
	ResponseEntity<WriteResult> register(@RequestBody PartyRequests.Register request) {
		var id = new PartyId(Ids.orNew(request.partyId()));
		var outcome = this.commands.send(id.toString(),
				new RegisterParty(id, request.name(), request.kind(), request.country()));
		return WriteResult.of(outcome, URI.create("/api/v1/parties/" + id));
	}

	@PostMapping("/{id}/amendments")
	@Operation(summary = "Amend a party's name, kind or country (AmendParty)")
	ResponseEntity<WriteResult> amend(@PathVariable UUID id, @RequestBody PartyRequests.Amend request) {
		return WriteResult.of(this.commands.send(id.toString(), new AmendParty(new PartyId(id), request.name(),
				request.kind(), request.country(), request.expectedVersion())));
	}

}
