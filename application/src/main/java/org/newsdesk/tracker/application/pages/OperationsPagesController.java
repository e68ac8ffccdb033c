package org.newsdesk.tracker.application.pages;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.newsdesk.tracker.application.admin.ProjectionStatus;
import org.newsdesk.tracker.application.admin.Projections;
import org.newsdesk.tracker.application.admin.RebuildRefused;
import org.newsdesk.tracker.application.web.FieldProblem;
import org.newsdesk.tracker.application.web.InvalidRequest;
import org.newsdesk.tracker.application.web.NotFound;
import org.newsdesk.tracker.projections.audit.AuditProjection;
import org.newsdesk.tracker.projections.audit.AuditQueries;
import org.newsdesk.tracker.projections.board.BoardQueries;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The auditors' log and the admins' projection operations. */
@Controller
class OperationsPagesController {

	private static final int PAGE = 50;

	private final AuditQueries audit;

	private final BoardQueries board;

	private final Projections projections;

	OperationsPagesController(AuditQueries audit, BoardQueries board, Projections projections) {
		this.audit = audit;
		this.board = board;
		this.projections = projections;
	}

	@GetMapping("/audit")
	String audit(@RequestParam(required = false) String user, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) UUID investigationId,
			@RequestParam(defaultValue = "0") long after, Model model) {
		List<FieldProblem> problems = new ArrayList<>();
		Instant start = instant("from", from, problems);
		Instant end = instant("to", to, problems);
		if (after < 0) {
			problems.add(new FieldProblem("after", "must not be negative"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidRequest(problems);
		}
		this.projections.requireBuilt(AuditProjection.NAME);
		String who = (user == null || user.isBlank()) ? null : user.strip();
		var page = this.audit.page(
				new AuditQueries.Filter(who, start, end, (investigationId != null) ? investigationId.toString() : null),
				after, PAGE);
		Map<String, String> investigations = new LinkedHashMap<>();
		this.board.investigations()
			.forEach((investigation) -> investigations.put(investigation.id().toString(), investigation.title()));
		Map<String, Object> filter = new LinkedHashMap<>();
		filter.put("user", (who != null) ? who : "");
		filter.put("from", (from != null) ? from : "");
		filter.put("to", (to != null) ? to : "");
		filter.put("investigationId", (investigationId != null) ? investigationId.toString() : "");
		model.addAttribute("filter", filter);
		model.addAttribute("entries", page.entries());
		model.addAttribute("nextAfter", page.nextAfter());
		model.addAttribute("investigations", investigations);
		return "audit";
	}

	/**
	 * A date-time field of the filter form has no zone and no seconds: the tracker reads
	 * it as UTC, as it shows every instant; a full instant is taken as it is.
	 */
	private static Instant instant(String name, String value, List<FieldProblem> problems) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.strip();
		if (text.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?")) {
			text = text + ((text.length() == 16) ? ":00Z" : "Z");
		}
		try {
			return Instant.parse(text);
		}
		catch (DateTimeParseException ex) {
			problems.add(new FieldProblem(name, "must be a date and time such as 2021-07-29T14:00"));
			return null;
		}
	}

	@GetMapping("/admin/projections")
	String projections(Model model) {
		model.addAttribute("projections", this.projections.all());
		return "projections";
	}

	/** What the page's script polls to move the progress bars. */
	@GetMapping("/admin/projections/status")
	@ResponseBody
	List<ProjectionStatus> status() {
		return this.projections.all();
	}

	@PostMapping("/admin/projections/{name}/rebuild")
	String rebuild(@PathVariable String name, RedirectAttributes redirect) {
		if (!this.projections.exists(name)) {
			throw new NotFound("projection", name);
		}
		try {
			this.projections.rebuild(name);
			redirect.addFlashAttribute("notice", "projections.rebuildStarted");
		}
		catch (RebuildRefused ex) {
			redirect.addFlashAttribute("refused", ex.getMessage());
		}
		return "redirect:/admin/projections";
	}

}
