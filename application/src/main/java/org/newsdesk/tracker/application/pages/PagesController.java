package org.newsdesk.tracker.application.pages;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.newsdesk.tracker.application.admin.Projections;
import org.newsdesk.tracker.application.store.EventStreams;
import org.newsdesk.tracker.application.web.CutParameters;
import org.newsdesk.tracker.application.web.NotFound;
import org.newsdesk.tracker.claim.ClaimRegistered;
import org.newsdesk.tracker.investigation.InvestigationId;
import org.newsdesk.tracker.projections.board.BoardProjection;
import org.newsdesk.tracker.projections.board.BoardQueries;
import org.newsdesk.tracker.projections.claim.ClaimFold;
import org.newsdesk.tracker.projections.claim.ClaimView;
import org.newsdesk.tracker.projections.common.Cut;
import org.newsdesk.tracker.projections.common.RecordedEvent;
import org.newsdesk.tracker.projections.history.History;
import org.newsdesk.tracker.projections.registers.RegistersProjection;
import org.newsdesk.tracker.projections.registers.RegistersQueries;
import org.newsdesk.tracker.projections.timeline.Timeline;
import org.newsdesk.tracker.projections.timeline.TimelineEntry;
import org.newsdesk.tracker.projections.timeline.TimelineProjection;
import org.newsdesk.tracker.projections.timeline.TimelineQueries;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Server-rendered pages for readers: investigations, an investigation's board and
 * timeline, a claim.
 */
@Controller
class PagesController {

	private final BoardQueries board;

	private final TimelineQueries timeline;

	private final RegistersQueries registers;

	private final EventStreams streams;

	private final CutParameters cuts;

	private final Projections projections;

	PagesController(BoardQueries board, TimelineQueries timeline, RegistersQueries registers, EventStreams streams,
			CutParameters cuts, Projections projections) {
		this.projections = projections;
		this.board = board;
		this.timeline = timeline;
		this.registers = registers;
		this.streams = streams;
		this.cuts = cuts;
	}

	@GetMapping("/login")
	String login() {
		return "login";
	}

	@GetMapping("/")
	String investigations(Model model) {
		this.projections.requireBuilt(BoardProjection.NAME);
		model.addAttribute("investigations", this.board.investigations());
		return "investigations";
	}

	@GetMapping("/investigations/{id}")
	String investigation(@PathVariable UUID id, @RequestParam(required = false) String knownAt,
			@RequestParam(required = false) String asOf, Model model) {
		this.projections.requireBuilt(BoardProjection.NAME, TimelineProjection.NAME, RegistersProjection.NAME);
		InvestigationId investigationId = new InvestigationId(id);
		var investigation = this.board.investigation(investigationId)
			.orElseThrow(() -> new NotFound("investigation", id));
		Cut cut = this.cuts.parse(blankToNull(localInstant(knownAt)), blankToNull(asOf));
		boolean past = cut.knownAt() != null || cut.asOf() != null;
		boolean auditor = this.cuts.isAuditor();
		List<TimelineEntry> entries = past ? this.timeline.at(investigationId, cut, Timeline.Order.OCCURRED, auditor)
				: this.timeline.current(investigationId, Timeline.Order.OCCURRED, auditor);
		var claims = past ? this.board.boardAt(investigationId, cut) : this.board.board(investigationId);
		model.addAttribute("auditor", auditor);
		pastState(model, cut);
		var proceedings = this.registers.proceedings(id.toString());
		Map<String, String> lanes = new HashMap<>();
		claims.forEach((claim) -> lanes.put(claim.claimId().toString(), claim.statement()));
		proceedings.forEach((proceeding) -> lanes.put(proceeding.proceedingId(), proceeding.title()));
		Map<String, String> names = partyNames();
		entries.stream().filter((entry) -> "CLIENT".equals(entry.subjectType())).forEach((entry) -> {
			String[] pair = entry.subjectId().split(":", 2);
			lanes.put(entry.subjectId(), names.getOrDefault(pair[0], pair[0]) + " → "
					+ names.getOrDefault(pair[pair.length - 1], pair[pair.length - 1]));
		});
		model.addAttribute("investigation", investigation);
		model.addAttribute("claims", claims);
		model.addAttribute("entries", entries);
		model.addAttribute("timelineSvg", TimelineSvg.draw(entries, lanes, investigation.title()));
		model.addAttribute("figures", this.registers.figures(id.toString(), false));
		model.addAttribute("proceedings", proceedings);
		model.addAttribute("parties", partyNames());
		return "investigation";
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	/**
	 * A browser's date-time field has no zone: the tracker reads it as UTC, as it shows
	 * every instant.
	 */
	private static String localInstant(String value) {
		if (value != null && value.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?")) {
			return value + ((value.length() == 16) ? ":00Z" : "Z");
		}
		return value;
	}

	@GetMapping("/parties/{id}")
	String party(@PathVariable UUID id, Model model) {
		this.projections.requireBuilt(TimelineProjection.NAME, RegistersProjection.NAME);
		var party = this.registers.party(id.toString()).orElseThrow(() -> new NotFound("party", id));
		model.addAttribute("party", party);
		model.addAttribute("parties", partyNames());
		model.addAttribute("entries", this.timeline.involving(id.toString(), this.cuts.isAuditor()));
		model.addAttribute("proceedings", this.registers.proceedingsInvolving(id.toString()));
		model.addAttribute("relationships", this.registers.relationshipsOf(id.toString()));
		return "party";
	}

	@GetMapping("/vendors/{id}/clients")
	String clients(@PathVariable UUID id, Model model) {
		this.projections.requireBuilt(TimelineProjection.NAME, RegistersProjection.NAME);
		var vendor = this.registers.party(id.toString()).orElseThrow(() -> new NotFound("party", id));
		Map<String, List<TimelineEntry>> histories = new HashMap<>();
		var clients = this.registers.clientsOf(id.toString());
		clients.forEach((client) -> histories.put(client.clientId(),
				this.timeline.ofSubject(client.vendorId() + ":" + client.clientId(), this.cuts.isAuditor())));
		model.addAttribute("vendor", vendor);
		model.addAttribute("parties", partyNames());
		model.addAttribute("clients", clients);
		model.addAttribute("histories", histories);
		return "clients";
	}

	@GetMapping("/claims/{id}")
	String claim(@PathVariable UUID id, @RequestParam(required = false) String knownAt,
			@RequestParam(required = false) String asOf, Model model) {
		Cut cut = this.cuts.parse(blankToNull(localInstant(knownAt)), blankToNull(asOf));
		return claim(id, cut, model);
	}

	/**
	 * A claim folded from its own stream, so that an editor sees what was just recorded
	 * and an auditor sees exactly what the cut lets through.
	 */
	String claim(UUID id, Cut cut, Model model) {
		this.projections.requireBuilt(RegistersProjection.NAME);
		List<RecordedEvent> stream = this.streams.read(id.toString());
		if (stream.isEmpty() || !(stream.get(0).payload() instanceof ClaimRegistered)) {
			throw new NotFound("claim", id);
		}
		boolean past = cut.knownAt() != null || cut.asOf() != null;
		boolean auditor = this.cuts.isAuditor();
		ClaimView view = ClaimFold.view(stream, cut);
		List<TimelineEntry> entries = Timeline.fold(stream, cut, Timeline.Order.OCCURRED, auditor);
		model.addAttribute("claim", view);
		model.addAttribute("parties", partyNames());
		model.addAttribute("editor", this.cuts.isEditor() && !past);
		model.addAttribute("auditor", auditor);
		pastState(model, cut);
		model.addAttribute("partyChoices", this.registers.parties());
		model.addAttribute("sourceChoices", this.registers.sources());
		model.addAttribute("targets", entries.stream().filter((entry) -> !entry.struck()).toList());
		if (!model.containsAttribute("values")) {
			model.addAttribute("values", Map.of());
			model.addAttribute("errors", Map.of());
			model.addAttribute("kind", "");
			model.addAttribute("form", "");
		}
		model.addAttribute("fresh", UUID.randomUUID().toString());
		model.addAttribute("entries", entries);
		model.addAttribute("record", auditor ? History.of(stream, cut) : List.of());
		return "claim";
	}

	private void pastState(Model model, Cut cut) {
		model.addAttribute("past", cut.knownAt() != null || cut.asOf() != null);
		model.addAttribute("knownAt", (cut.knownAt() != null) ? cut.knownAt().toString() : "");
		model.addAttribute("knownAtInstant", cut.knownAt());
		model.addAttribute("asOf", (cut.asOf() != null) ? cut.asOf().text() : "");
		model.addAttribute("asOfDate", cut.asOf());
	}

	private Map<String, String> partyNames() {
		Map<String, String> parties = new HashMap<>();
		this.registers.parties().forEach((party) -> parties.put(party.partyId(), party.name()));
		return parties;
	}

}
