package org.newsdesk.tracker.application.source;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.newsdesk.tracker.application.command.CommandDispatcher;
import org.newsdesk.tracker.application.web.Ids;
import org.newsdesk.tracker.application.web.WriteResult;
import org.newsdesk.tracker.party.PartyId;
import org.newsdesk.tracker.source.AmendSource;
import org.newsdesk.tracker.source.RegisterSource;
import org.newsdesk.tracker.source.SourceId;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/sources")
@Tag(name = "Sources")
class SourceCommandController {

	private final CommandDispatcher commands;

	SourceCommandController(CommandDispatcher commands) {
		this.commands = commands;
	}

	@PostMapping
	@Operation(summary = "Register a source: article, report, document, interview, press release, filing, post")
	ResponseEntity<WriteResult> register(@RequestBody SourceRequests.Register request) {
		var id = new SourceId(Ids.orNew(request.sourceId()));
		var outcome = this.commands.send(id.toString(), new RegisterSource(id, request.kind(), request.title(),
				request.url(), publisher(request.publisherPartyId()), request.publishedOn(), request.confidential()));
		return WriteResult.of(outcome, URI.create("/api/v1/sources/" + id));
	}

	@PostMapping("/{id}/amendments")
	@Operation(summary = "Amend a source (AmendSource)")
	ResponseEntity<WriteResult> amend(@PathVariable UUID id, @RequestBody SourceRequests.Amend request) {
		return WriteResult.of(this.commands.send(id.toString(),
				new AmendSource(new SourceId(id), request.kind(), request.title(), request.url(),
						publisher(request.publisherPartyId()), request.publishedOn(), request.confidential(),
						request.expectedVersion())));
	}

	private static PartyId publisher(UUID id) {
		return (id != null) ? new PartyId(id) : null;
	}

}
