package org.newsdesk.tracker.application.source;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.newsdesk.tracker.application.command.CommandDispatcher;
import org.newsdesk.tracker.application.store.EventStreams;
import org.newsdesk.tracker.application.web.CommandRequest;
import org.newsdesk.tracker.application.web.InvalidRequest;
import org.newsdesk.tracker.application.web.NotFound;
import org.newsdesk.tracker.application.web.Problems;
import org.newsdesk.tracker.application.web.WriteResult;
import org.newsdesk.tracker.source.ForgetSourceIdentity;
import org.newsdesk.tracker.source.RecordSourceIdentity;
import org.newsdesk.tracker.source.RevealSourceIdentity;
import org.newsdesk.tracker.source.SourceId;
import org.newsdesk.tracker.source.SourceIdentityForgotten;
import org.newsdesk.tracker.source.SourceIdentityRecorded;
import org.newsdesk.tracker.source.SourceIdentityRevealed;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The identities behind confidential sources, for source guardians only. The identity
 * goes to the vault, never into a command or an event; what is recorded as events is that
 * it was kept, each reveal with who asked and why, and its forgetting.
 */
@RestController
@RequestMapping("/api/v1/sources/{id}/identity")
@Tag(name = "Sources")
class SourceIdentityController {

	private final CommandDispatcher commands;

	private final SourceVault vault;

	private final EventStreams streams;

	SourceIdentityController(CommandDispatcher commands, SourceVault vault, EventStreams streams) {
		this.commands = commands;
		this.vault = vault;
		this.streams = streams;
	}

	@Schema(name = "SourceIdentity", description = "Kept encrypted in the vault; never in an event", example = """
			{"name": "A. N. Employee", "contact": "signal:+00 000 000 000", "notes": "Met twice in July 2021"}""")
	record IdentityRequest(@NotBlank @Size(max = 300) String name, @Size(max = 1000) String contact,
			@Size(max = 4000) String notes) implements CommandRequest {
	}

	@Schema(name = "ForgetSourceIdentity", example = """
			{"reason": "The source asked us to destroy what identifies them"}""")
	record ForgetRequest(@NotBlank @Size(max = 1000) String reason) implements CommandRequest {
	}

	@PostMapping
	@Operation(summary = "Keep the identity behind a confidential source in the vault (SOURCE_GUARDIAN)")
	ResponseEntity<WriteResult> keep(@PathVariable UUID id, @RequestBody IdentityRequest request) {
		requireVault();
		var outcome = this.commands.send(id.toString(), new RecordSourceIdentity(new SourceId(id)));
		this.vault.keep(id.toString(), new SourceVault.Identity(request.name(), request.contact(), request.notes()),
				currentUser());
		return WriteResult.of(outcome, URI.create("/api/v1/sources/" + id + "/identity"));
	}

	@GetMapping
	@Operation(summary = "Reveal the identity behind a confidential source; the reveal is recorded with who asked "
			+ "and why (SOURCE_GUARDIAN)")
	ResponseEntity<Map<String, Object>> reveal(@PathVariable UUID id, @RequestParam(required = false) String reason) {
		if (reason == null || reason.isBlank()) {
			throw new InvalidRequest("reason", "say why the identity is needed; the reason is recorded");
		}
		requireVault();
		requireKept(id);
		this.commands.send(id.toString(), new RevealSourceIdentity(new SourceId(id), reason.strip()));
		SourceVault.Identity identity = this.vault.open(id.toString()).orElseThrow(() -> new Forgotten(id));
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.body(Map.of("sourceId", id.toString(), "name", identity.name(), "contact", nullToEmpty(identity.contact()),
					"notes", nullToEmpty(identity.notes())));
	}

	@PostMapping("/forgetting")
	@Operation(summary = "Destroy the key to the identity behind a confidential source: it can never be recovered; "
			+ "the history and its verification stay intact (SOURCE_GUARDIAN)")
	ResponseEntity<WriteResult> forget(@PathVariable UUID id, @RequestBody ForgetRequest request) {
		requireKept(id);
		var outcome = this.commands.send(id.toString(), new ForgetSourceIdentity(new SourceId(id), request.reason()));
		this.vault.forget(id.toString(), currentUser());
		return ResponseEntity.ok(new WriteResult(outcome.id(), outcome.version()));
	}

	@GetMapping("/reveals")
	@Operation(summary = "Who kept, revealed and forgot the identity, when and why (AUDITOR, SOURCE_GUARDIAN)")
	List<Map<String, Object>> reveals(@PathVariable UUID id) {
		var stream = this.streams.read(id.toString());
		if (stream.isEmpty()) {
			throw new NotFound("source", id);
		}
		return stream.stream()
			.filter((event) -> event.payload() instanceof SourceIdentityRecorded
					|| event.payload() instanceof SourceIdentityRevealed
					|| event.payload() instanceof SourceIdentityForgotten)
			.map((event) -> Map.<String, Object>of("type", event.type(), "recordedAt", event.recordedAt(), "recordedBy",
					nullToEmpty(event.recordedBy()), "reason", reasonOf(event.payload())))
			.toList();
	}

	private static String reasonOf(Object payload) {
		if (payload instanceof SourceIdentityRevealed revealed) {
			return revealed.reason();
		}
		if (payload instanceof SourceIdentityForgotten forgotten) {
			return forgotten.reason();
		}
		return "";
	}

	private void requireVault() {
		if (!this.vault.available()) {
			throw new SourceVault.VaultUnavailable();
		}
	}

	private void requireKept(UUID id) {
		var entry = this.vault.entry(id.toString())
			.orElseThrow(() -> new NotFound("identity of source", id + " (none kept)"));
		if (entry.forgotten()) {
			throw new Forgotten(id, entry.forgottenAt(), entry.forgottenBy());
		}
	}

	private static String currentUser() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null) ? authentication.getName() : "unknown";
	}

	private static String nullToEmpty(String value) {
		return (value != null) ? value : "";
	}

	@ExceptionHandler(SourceVault.VaultUnavailable.class)
	ProblemDetail unavailable(SourceVault.VaultUnavailable ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, ex.getMessage());
		problem.setTitle("Vault unavailable");
		problem.setType(URI.create(Problems.TYPE_PREFIX + "vault-unavailable"));
		return problem;
	}

	@ExceptionHandler(Forgotten.class)
	ProblemDetail forgotten(Forgotten ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.GONE, ex.getMessage());
		problem.setTitle("Identity forgotten");
		problem.setType(URI.create(Problems.TYPE_PREFIX + "identity-forgotten"));
		return problem;
	}

	/** The identity was forgotten: its key no longer exists. */
	static class Forgotten extends RuntimeException {

		Forgotten(UUID id) {
			super("the identity of source " + id + " is no longer kept", null, false, false);
		}

		Forgotten(UUID id, Instant at, String by) {
			super("the identity of source " + id + " was forgotten on " + at + " by " + by + "; it cannot be recovered",
					null, false, false);
		}

	}

}
