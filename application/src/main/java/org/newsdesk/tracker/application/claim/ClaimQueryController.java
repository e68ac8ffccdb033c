package org.newsdesk.tracker.application.claim;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.newsdesk.tracker.application.store.EventStreams;
import org.newsdesk.tracker.application.web.CutParameters;
import org.newsdesk.tracker.application.web.NotFound;
import org.newsdesk.tracker.claim.ClaimRegistered;
import org.newsdesk.tracker.projections.claim.ClaimFold;
import org.newsdesk.tracker.projections.claim.ClaimView;
import org.newsdesk.tracker.projections.common.Cut;
import org.newsdesk.tracker.projections.common.RecordedEvent;
import org.newsdesk.tracker.projections.history.HistoryEntry;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Claim reads computed from the claim's own event stream, at any cut. */
@RestController
@RequestMapping("/api/v1/claims/{id}")
@Tag(name = "Claims")
class ClaimQueryController {

	private final EventStreams streams;

	private final CutParameters cuts;

	ClaimQueryController(EventStreams streams, CutParameters cuts) {
		this.streams = streams;
		this.cuts = cuts;
	}

	/** A claim with the cut it was read at. */
	record ClaimResponse(ClaimView claim, Instant knownAt, String asOf) {

		@com.fasterxml.jackson.annotation.JsonUnwrapped
		public ClaimView claim() {
			return this.claim;
		}

	}

	@GetMapping
	@Operation(summary = "A claim's derived status, who alleges and denies it, its assessment and version")
	ClaimResponse claim(@PathVariable UUID id,
			@Parameter(description = "only what had been recorded by this instant (auditors)") @RequestParam(
					required = false) String knownAt,
			@Parameter(description = "only what had happened by this date or instant (auditors)") @RequestParam(
					required = false) String asOf) {
		Cut cut = this.cuts.parse(knownAt, asOf);
		Instant readAt = (cut.knownAt() != null) ? cut.knownAt() : Instant.now();
		ClaimView view = ClaimFold.view(stream(id), cut);
		if (view == null) {
			throw new NotFound("claim", id + ((cut.knownAt() != null) ? " as known at " + cut.knownAt() : ""));
		}
		return new ClaimResponse(view, readAt, (cut.asOf() != null) ? cut.asOf().text() : null);
	}

	@GetMapping("/history")
	@Operation(summary = "Every event of the claim with who recorded it, when, and the status after it")
	List<HistoryEntry> history(@PathVariable UUID id, @RequestParam(required = false) String knownAt,
			@RequestParam(required = false) String asOf) {
		Cut cut = this.cuts.parse(knownAt, asOf);
		return ClaimFold.history(stream(id), cut);
	}

	private List<RecordedEvent> stream(UUID id) {
		List<RecordedEvent> stream = this.streams.read(id.toString());
		if (stream.isEmpty() || !(stream.get(0).payload() instanceof ClaimRegistered)) {
			throw new NotFound("claim", id);
		}
		return stream;
	}

}
