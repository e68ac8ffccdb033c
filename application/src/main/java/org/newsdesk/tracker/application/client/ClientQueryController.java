package org.newsdesk.tracker.application.client;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.newsdesk.tracker.application.admin.Projections;
import org.newsdesk.tracker.application.web.CutParameters;
import org.newsdesk.tracker.application.web.NotFound;
import org.newsdesk.tracker.projections.registers.Registers;
import org.newsdesk.tracker.projections.registers.RegistersProjection;
import org.newsdesk.tracker.projections.registers.RegistersQueries;
import org.newsdesk.tracker.projections.timeline.TimelineEntry;
import org.newsdesk.tracker.projections.timeline.TimelineProjection;
import org.newsdesk.tracker.projections.timeline.TimelineQueries;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Client relationships")
class ClientQueryController {

	private final RegistersQueries registers;

	private final TimelineQueries timeline;

	private final Projections projections;

	private final CutParameters cuts;

	ClientQueryController(RegistersQueries registers, TimelineQueries timeline, Projections projections,
			CutParameters cuts) {
		this.registers = registers;
		this.timeline = timeline;
		this.projections = projections;
		this.cuts = cuts;
	}

	/**
	 * A client of the vendor with its current status and every suspension, reinstatement
	 * or termination.
	 */
	record Client(Registers.ClientRow client, List<TimelineEntry> history) {
	}

	@GetMapping("/api/v1/vendors/{vendorId}/clients")
	@Operation(summary = "The vendor's client register: each client's status and its history")
	List<Client> clients(@PathVariable UUID vendorId) {
		this.projections.requireBuilt(RegistersProjection.NAME, TimelineProjection.NAME);
		if (this.registers.party(vendorId.toString()).isEmpty()) {
			throw new NotFound("party", vendorId);
		}
		return this.registers.clientsOf(vendorId.toString())
			.stream()
			.map((row) -> new Client(row,
					this.timeline.ofSubject(row.vendorId() + ":" + row.clientId(), this.cuts.isAuditor())))
			.toList();
	}

}
