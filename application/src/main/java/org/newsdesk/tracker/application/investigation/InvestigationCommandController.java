package org.newsdesk.tracker.application.investigation;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.newsdesk.tracker.application.command.CommandDispatcher;
import org.newsdesk.tracker.application.web.Ids;
import org.newsdesk.tracker.application.web.WriteResult;
import org.newsdesk.tracker.investigation.CloseInvestigation;
import org.newsdesk.tracker.investigation.InvestigationId;
import org.newsdesk.tracker.investigation.OpenInvestigation;
import org.newsdesk.tracker.investigation.RenameInvestigation;
import org.newsdesk.tracker.investigation.ReopenInvestigation;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/investigations")
@Tag(name = "Investigations")
class InvestigationCommandController {

	private final CommandDispatcher commands;

	InvestigationCommandController(CommandDispatcher commands) {
		this.commands = commands;
	}

	@PostMapping
	@Operation(summary = "Open an investigation (OpenInvestigation)")
	ResponseEntity<WriteResult> open(@RequestBody InvestigationRequests.Open request) {
		var id = new InvestigationId(Ids.orNew(request.investigationId()));
		var outcome = this.commands.send(id.toString(), new OpenInvestigation(id, request.title(), request.summary()));
		return WriteResult.of(outcome, URI.create("/api/v1/investigations/" + id));
	}

	@PostMapping("/{id}/renaming")
	@Operation(summary = "Rename an investigation (RenameInvestigation)")
	ResponseEntity<WriteResult> rename(@PathVariable UUID id, @RequestBody InvestigationRequests.Rename request) {
		var investigationId = new InvestigationId(id);
		return WriteResult.of(this.commands.send(id.toString(),
				new RenameInvestigation(investigationId, request.title(), request.expectedVersion())));
	}

	@PostMapping("/{id}/closure")
	@Operation(summary = "Close an investigation: it accepts no new developments until reopened (CloseInvestigation)")
	ResponseEntity<WriteResult> close(@PathVariable UUID id,
			@RequestBody(required = false) InvestigationRequests.Transition request) {
		var body = (request != null) ? request : new InvestigationRequests.Transition(null, null);
		return WriteResult.of(this.commands.send(id.toString(),
				new CloseInvestigation(new InvestigationId(id), body.reason(), body.expectedVersion())));
	}

	@PostMapping("/{id}/reopening")
	@Operation(summary = "Reopen a closed investigation (ReopenInvestigation)")
	ResponseEntity<WriteResult> reopen(@PathVariable UUID id,
			@RequestBody(required = false) InvestigationRequests.Transition request) {
		var body = (request != null) ? request : new InvestigationRequests.Transition(null, null);
		return WriteResult.of(this.commands.send(id.toString(),
				new ReopenInvestigation(new InvestigationId(id), body.reason(), body.expectedVersion())));
	}

}
