package org.newsdesk.tracker.application.claim;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.newsdesk.tracker.application.command.CommandDispatcher;
import org.newsdesk.tracker.application.web.FigureRequest;
import org.newsdesk.tracker.application.web.Ids;
import org.newsdesk.tracker.application.web.WriteResult;
import org.newsdesk.tracker.claim.AssessClaim;
import org.newsdesk.tracker.claim.ClaimId;
import org.newsdesk.tracker.claim.CorrectDevelopment;
import org.newsdesk.tracker.claim.Correction;
import org.newsdesk.tracker.claim.RecordAllegation;
import org.newsdesk.tracker.claim.RecordDenial;
import org.newsdesk.tracker.claim.RecordEvidence;
import org.newsdesk.tracker.claim.RecordRetraction;
import org.newsdesk.tracker.claim.RecordStatement;
import org.newsdesk.tracker.claim.RegisterClaim;
import org.newsdesk.tracker.claim.StrikeDevelopment;
import org.newsdesk.tracker.common.DevelopmentId;
import org.newsdesk.tracker.investigation.InvestigationId;
import org.newsdesk.tracker.party.PartyId;
import org.newsdesk.tracker.source.SourceId;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Claims")
class ClaimCommandController {

	private final CommandDispatcher commands;

	ClaimCommandController(CommandDispatcher commands) {
		this.commands = commands;
	}

	@PostMapping("/investigations/{investigationId}/claims")
	@Operation(summary = "Register a claim whose truth is in question (RegisterClaim)")
	ResponseEntity<WriteResult> register(@PathVariable UUID investigationId,
			@RequestBody ClaimRequests.Register request) {
		var id = new ClaimId(Ids.orNew(request.claimId()));
		var outcome = this.commands.send(id.toString(), new RegisterClaim(id, new InvestigationId(investigationId),
				request.statement(), Ids.map(request.subjectPartyIds(), PartyId::new)));
		return WriteResult.of(outcome, URI.create("/api/v1/claims/" + id));
	}

	@PostMapping("/claims/{id}/allegations")
	@Operation(summary = "Record an allegation (RecordAllegation)")
	ResponseEntity<WriteResult> allege(@PathVariable UUID id, @RequestBody ClaimRequests.Sourced request) {
		return send(id, new RecordAllegation(new ClaimId(id), developmentId(request.developmentId()),
				request.details().toDetails(), request.expectedVersion()));
	}

	@PostMapping("/claims/{id}/denials")
	@Operation(summary = "Record a denial (RecordDenial)")
	ResponseEntity<WriteResult> deny(@PathVariable UUID id, @RequestBody ClaimRequests.Sourced request) {
		return send(id, new RecordDenial(new ClaimId(id), developmentId(request.developmentId()),
				request.details().toDetails(), request.expectedVersion()));
	}

	@PostMapping("/claims/{id}/evidence")
	@Operation(summary = "Record evidence that supports or contradicts the claim (RecordEvidence)")
	ResponseEntity<WriteResult> evidence(@PathVariable UUID id, @RequestBody ClaimRequests.Evidence request) {
		return send(id, new RecordEvidence(new ClaimId(id), developmentId(request.developmentId()),
				request.details().toDetails(), request.bearing(), request.strength(), request.expectedVersion()));
	}

	@PostMapping("/claims/{id}/retractions")
	@Operation(summary = "Record the withdrawal of an earlier development (RecordRetraction)")
	ResponseEntity<WriteResult> retract(@PathVariable UUID id, @RequestBody ClaimRequests.Retraction request) {
		return send(id,
				new RecordRetraction(new ClaimId(id), developmentId(request.developmentId()),
						request.details().toDetails(), new DevelopmentId(request.retractedDevelopmentId()),
						request.expectedVersion()));
	}

	@PostMapping("/claims/{id}/statements")
	@Operation(summary = "Record a statement about the claim (RecordStatement)")
	ResponseEntity<WriteResult> state(@PathVariable UUID id, @RequestBody ClaimRequests.Statement request) {
		return send(id, new RecordStatement(new ClaimId(id), developmentId(request.developmentId()),
				request.details().toDetails(), request.expectedVersion()));
	}

	@PostMapping("/claims/{id}/assessments")
	@Operation(summary = "Record the newsroom's verdict on the claim (AssessClaim)")
	ResponseEntity<WriteResult> assess(@PathVariable UUID id, @RequestBody ClaimRequests.Assessment request) {
		return send(id, new AssessClaim(new ClaimId(id), developmentId(request.developmentId()), request.verdict(),
				request.rationale(), request.expectedVersion()));
	}

	@PostMapping("/claims/{id}/corrections")
	@Operation(summary = "Correct fields of an earlier development, with a reason (CorrectDevelopment)")
	ResponseEntity<WriteResult> correct(@PathVariable UUID id, @RequestBody ClaimRequests.Correction request) {
		var correction = new Correction(request.occurredOn(),
				(request.partyIds() != null) ? Ids.map(request.partyIds(), PartyId::new) : null,
				(request.sourceIds() != null) ? Ids.map(request.sourceIds(), SourceId::new) : null, request.summary(),
				(request.figures() != null) ? request.figures().stream().map(FigureRequest::toFigure).toList() : null,
				request.bearing(), request.strength());
		return send(id,
				new CorrectDevelopment(new ClaimId(id), developmentId(request.developmentId()),
						new DevelopmentId(request.correctedDevelopmentId()), request.reason(), correction,
						request.expectedVersion()));
	}

	@PostMapping("/claims/{id}/strikes")
	@Operation(summary = "Strike a development entered in error (StrikeDevelopment)")
	ResponseEntity<WriteResult> strike(@PathVariable UUID id, @RequestBody ClaimRequests.Strike request) {
		return send(id, new StrikeDevelopment(new ClaimId(id), developmentId(request.developmentId()),
				new DevelopmentId(request.struckDevelopmentId()), request.reason(), request.expectedVersion()));
	}

	private ResponseEntity<WriteResult> send(UUID claimId, Object command) {
		return WriteResult.of(this.commands.send(claimId.toString(), command));
	}

	private static DevelopmentId developmentId(UUID id) {
		return new DevelopmentId(Ids.orNew(id));
	}

}
