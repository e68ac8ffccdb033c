package org.newsdesk.tracker.application.investigation;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.newsdesk.tracker.application.TrackerProperties;
import org.newsdesk.tracker.application.admin.Projections;
import org.newsdesk.tracker.application.web.CutParameters;
import org.newsdesk.tracker.application.web.InvalidRequest;
import org.newsdesk.tracker.application.web.NotFound;
import org.newsdesk.tracker.investigation.InvestigationId;
import org.newsdesk.tracker.projections.board.BoardProjection;
import org.newsdesk.tracker.projections.board.BoardQueries;
import org.newsdesk.tracker.projections.board.BoardRow;
import org.newsdesk.tracker.projections.board.InvestigationSummary;
import org.newsdesk.tracker.projections.common.Cut;
import org.newsdesk.tracker.projections.registers.Registers;
import org.newsdesk.tracker.projections.reports.ReportFormat;
import org.newsdesk.tracker.projections.reports.ReportQueries;
import org.newsdesk.tracker.projections.registers.RegistersProjection;
import org.newsdesk.tracker.projections.registers.RegistersQueries;
import org.newsdesk.tracker.projections.timeline.Timeline;
import org.newsdesk.tracker.projections.timeline.TimelineEntry;
import org.newsdesk.tracker.projections.timeline.TimelineProjection;
import org.newsdesk.tracker.projections.timeline.TimelineQueries;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/investigations")
@Tag(name = "Investigations")
class InvestigationQueryController {

	private final BoardQueries board;

	private final CutParameters cuts;

	private final TimelineQueries timeline;

	private final Projections projections;

	private final RegistersQueries registers;

	private final ReportQueries reports;

	private final String newsroom;

	private final String publicUrl;

	InvestigationQueryController(BoardQueries board, TimelineQueries timeline, RegistersQueries registers,
			ReportQueries reports, CutParameters cuts, Projections projections, TrackerProperties properties,
			@org.springframework.beans.factory.annotation.Value("${tracker.public-url}") String publicUrl) {
		this.registers = registers;
		this.reports = reports;
		this.newsroom = properties.newsroom();
		this.publicUrl = publicUrl.replaceAll("/+$", "");
		this.projections = projections;
		this.board = board;
		this.timeline = timeline;
		this.cuts = cuts;
	}

	@GetMapping
	@Operation(summary = "Every investigation with its number of claims, in total and by status")
	List<InvestigationSummary> investigations() {
		this.projections.requireBuilt(BoardProjection.NAME);
		return this.board.investigations();
	}

	@GetMapping("/{id}")
	@Operation(summary = "One investigation with its number of claims, in total and by status")
	InvestigationSummary investigation(@PathVariable UUID id) {
		this.projections.requireBuilt(BoardProjection.NAME);
		return this.board.investigation(new InvestigationId(id)).orElseThrow(() -> new NotFound("investigation", id));
	}

	/** The board with the cut it was read at. */
	record Board(InvestigationId investigationId, List<BoardRow> claims, String knownAt, String asOf) {
	}

	@GetMapping("/{id}/claims")
	@Operation(summary = "The claim board: each claim's status, assessment, who alleges and denies it, counts")
	Board claims(@PathVariable UUID id,
			@Parameter(description = "only what had been recorded by this instant (auditors)") @RequestParam(
					required = false) String knownAt,
			@Parameter(description = "only what had happened by this date or instant (auditors)") @RequestParam(
					required = false) String asOf) {
		InvestigationId investigationId = new InvestigationId(id);
		Cut cut = this.cuts.parse(knownAt, asOf);
		this.projections.requireBuilt(BoardProjection.NAME);
		if (this.board.investigation(investigationId).isEmpty()) {
			throw new NotFound("investigation", id);
		}
		List<BoardRow> rows = (cut.knownAt() == null && cut.asOf() == null) ? this.board.board(investigationId)
				: this.board.boardAt(investigationId, cut);
		return new Board(investigationId, rows, (cut.knownAt() != null) ? cut.knownAt().toString() : null,
				(cut.asOf() != null) ? cut.asOf().text() : null);
	}

	/** The timeline with the order and cut it was read at. */
	record TimelineResponse(InvestigationId investigationId, String order, List<TimelineEntry> entries, String knownAt,
			String asOf) {
	}

	@GetMapping("/{id}/timeline")
	@Operation(summary = "Every development of the investigation's claims, proceedings and client relationships; "
			+ "corrections applied and counted, struck entries shown to auditors only")
	TimelineResponse timeline(@PathVariable UUID id,
			@Parameter(description = "occurred (default) or recorded") @RequestParam(
					defaultValue = "occurred") String order,
			@RequestParam(required = false) String knownAt, @RequestParam(required = false) String asOf) {
		InvestigationId investigationId = new InvestigationId(id);
		Timeline.Order sort = switch (order) {
			case "occurred" -> Timeline.Order.OCCURRED;
			case "recorded" -> Timeline.Order.RECORDED;
			default -> throw new InvalidRequest("order", "'" + order + "' is not one of occurred, recorded");
		};
		Cut cut = this.cuts.parse(knownAt, asOf);
		this.projections.requireBuilt(BoardProjection.NAME, TimelineProjection.NAME);
		if (this.board.investigation(investigationId).isEmpty()) {
			throw new NotFound("investigation", id);
		}
		boolean withStruck = this.cuts.isAuditor();
		List<TimelineEntry> entries = (cut.knownAt() == null && cut.asOf() == null)
				? this.timeline.current(investigationId, sort, withStruck)
				: this.timeline.at(investigationId, cut, sort, withStruck);
		return new TimelineResponse(investigationId, order, entries,
				(cut.knownAt() != null) ? cut.knownAt().toString() : null,
				(cut.asOf() != null) ? cut.asOf().text() : null);
	}

	/** A proceeding with its developments, from opening to outcome. */
	record Proceeding(Registers.ProceedingRow proceeding, List<TimelineEntry> developments) {
	}

	@GetMapping("/{id}/proceedings")
	@Operation(summary = "The investigation's proceedings with their developments and outcome")
	List<Proceeding> proceedings(@PathVariable UUID id) {
		this.projections.requireBuilt(BoardProjection.NAME, RegistersProjection.NAME, TimelineProjection.NAME);
		requireInvestigation(id);
		return this.registers.proceedings(id.toString())
			.stream()
			.map((row) -> new Proceeding(row, this.timeline.ofSubject(row.proceedingId(), this.cuts.isAuditor())))
			.toList();
	}

	@GetMapping("/{id}/figures")
	@Operation(summary = "The figures register: every number put forward, by whom, when and from which source")
	List<Registers.FigureRow> figures(@PathVariable UUID id) {
		this.projections.requireBuilt(BoardProjection.NAME, RegistersProjection.NAME);
		requireInvestigation(id);
		return this.registers.figures(id.toString(), this.cuts.isAuditor());
	}

	private void requireInvestigation(UUID id) {
		if (this.board.investigation(new InvestigationId(id)).isEmpty()) {
			throw new NotFound("investigation", id);
		}
	}

	@GetMapping("/{id}/report")
	@Operation(summary = "The investigation as a report: markdown, html, json, csv, claimreview (schema.org "
			+ "ClaimReview JSON-LD), timelinejs (Knight Lab TimelineJS) or ftm (FollowTheMoney JSON lines)")
	org.springframework.http.ResponseEntity<String> report(@PathVariable UUID id, @RequestParam String format) {
		ReportFormat reportFormat = ReportFormat.named(format)
			.orElseThrow(() -> new InvalidRequest("format", "'" + format + "' is not one of " + ReportFormat.names()));
		this.projections.requireBuilt(BoardProjection.NAME, TimelineProjection.NAME, RegistersProjection.NAME);
		var data = this.reports.report(new InvestigationId(id), this.newsroom, this.publicUrl + "/api/v1")
			.orElseThrow(() -> new NotFound("investigation", id));
		return org.springframework.http.ResponseEntity.ok()
			.contentType(org.springframework.http.MediaType.parseMediaType(reportFormat.mediaType()))
			.header("Content-Disposition",
					"inline; filename=\"investigation-" + id + "." + reportFormat.extension() + "\"")
			.header("X-Content-Type-Options", "nosniff")
			.body(reportFormat.render(data));
	}

}
