package org.newsdesk.tracker.application.proceeding;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.newsdesk.tracker.application.command.CommandDispatcher;
import org.newsdesk.tracker.application.web.Ids;
import org.newsdesk.tracker.application.web.WriteResult;
import org.newsdesk.tracker.common.DevelopmentId;
import org.newsdesk.tracker.investigation.InvestigationId;
import org.newsdesk.tracker.party.PartyId;
import org.newsdesk.tracker.proceeding.CloseProceeding;
import org.newsdesk.tracker.proceeding.OpenProceeding;
import org.newsdesk.tracker.proceeding.ProceedingId;
import org.newsdesk.tracker.proceeding.RecordProceedingDevelopment;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Proceedings")
class ProceedingCommandController {

	private final CommandDispatcher commands;

	ProceedingCommandController(CommandDispatcher commands) {
		this.commands = commands;
	}

	@PostMapping("/investigations/{investigationId}/proceedings")
	@Operation(summary = "Open a proceeding: an official investigation, review, complaint, lawsuit or inquiry")
	ResponseEntity<WriteResult> open(@PathVariable UUID investigationId, @RequestBody ProceedingRequests.Open request) {
		var id = new ProceedingId(Ids.orNew(request.proceedingId()));
		var outcome = this.commands.send(id.toString(), new OpenProceeding(id, new InvestigationId(investigationId),
				request.kind(), request.title(), Ids.map(request.initiatorPartyIds(), PartyId::new),
				Ids.map(request.targetPartyIds(), PartyId::new), request.venue(), request.details().toDetails()));
		return WriteResult.of(outcome, URI.create("/api/v1/proceedings/" + id));
	}

	@PostMapping("/proceedings/{id}/developments")
	@Operation(summary = "Record a development of a proceeding (RecordProceedingDevelopment)")
	ResponseEntity<WriteResult> develop(@PathVariable UUID id, @RequestBody ProceedingRequests.Development request) {
		return WriteResult.of(this.commands.send(id.toString(),
				new RecordProceedingDevelopment(new ProceedingId(id),
						new DevelopmentId(Ids.orNew(request.developmentId())), request.details().toDetails(),
						request.expectedVersion())));
	}

	@PostMapping("/proceedings/{id}/closure")
	@Operation(summary = "Close a proceeding with its outcome (CloseProceeding)")
	ResponseEntity<WriteResult> close(@PathVariable UUID id, @RequestBody ProceedingRequests.Closure request) {
		return WriteResult.of(this.commands.send(id.toString(),
				new CloseProceeding(new ProceedingId(id), new DevelopmentId(Ids.orNew(request.developmentId())),
						request.details().toDetails(), request.outcome(), request.expectedVersion())));
	}

}
