package org.newsdesk.tracker.application.party;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Parties")
class PartyQueryController {

	private final RegistersQueries registers;

	private final TimelineQueries timeline;

	private final Projections projections;

	private final CutParameters cuts;

	PartyQueryController(RegistersQueries registers, TimelineQueries timeline, Projections projections,
			CutParameters cuts) {
		this.registers = registers;
		this.timeline = timeline;
		this.projections = projections;
		this.cuts = cuts;
	}

	@GetMapping("/parties")
	@Operation(summary = "Every registered party")
	List<Registers.PartyRow> parties() {
		this.projections.requireBuilt(RegistersProjection.NAME);
		return this.registers.parties();
	}

	@GetMapping("/sources")
	@Operation(summary = "Every registered source (a confidential source appears under its description only)")
	List<Registers.SourceRow> sources() {
		this.projections.requireBuilt(RegistersProjection.NAME);
		return this.registers.sources();
	}

	/**
	 * Everything a party said or did, every proceeding it started or underwent, every
	 * client relationship.
	 */
	record Dossier(Registers.PartyRow party, List<TimelineEntry> developments,
			List<Registers.ProceedingRow> proceedings, List<Registers.ClientRow> clientRelationships) {
	}

	@GetMapping("/parties/{id}/dossier")
	@Operation(summary = "Everything a party alleged, denied, evidenced, retracted, stated, initiated or underwent")
	Dossier dossier(@PathVariable UUID id) {
		this.projections.requireBuilt(RegistersProjection.NAME, TimelineProjection.NAME);
		Registers.PartyRow party = this.registers.party(id.toString()).orElseThrow(() -> new NotFound("party", id));
		return new Dossier(party, this.timeline.involving(id.toString(), this.cuts.isAuditor()),
				this.registers.proceedingsInvolving(id.toString()), this.registers.relationshipsOf(id.toString()));
	}

}
