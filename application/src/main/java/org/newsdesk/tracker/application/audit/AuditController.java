package org.newsdesk.tracker.application.audit;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.newsdesk.tracker.application.admin.Projections;
import org.newsdesk.tracker.application.web.FieldProblem;
import org.newsdesk.tracker.application.web.InvalidRequest;
import org.newsdesk.tracker.projections.audit.AuditProjection;
import org.newsdesk.tracker.projections.audit.AuditQueries;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit")
class AuditController {

	private final AuditQueries audit;

	private final Projections projections;

	AuditController(AuditQueries audit, Projections projections) {
		this.audit = audit;
		this.projections = projections;
	}

	@GetMapping("/log")
	@Operation(summary = "The raw event log with metadata, filterable by user, time range and investigation; "
			+ "pass nextAfter back as after for the next page")
	AuditQueries.Page log(@RequestParam(required = false) String user, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) UUID investigationId,
			@RequestParam(defaultValue = "0") long after, @RequestParam(defaultValue = "100") int limit) {
		List<FieldProblem> problems = new ArrayList<>();
		Instant start = instant("from", from, problems);
		Instant end = instant("to", to, problems);
		if (limit < 1 || limit > AuditQueries.MAX_PAGE) {
			problems.add(new FieldProblem("limit", "must be between 1 and " + AuditQueries.MAX_PAGE));
		}
		if (after < 0) {
			problems.add(new FieldProblem("after", "must not be negative"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidRequest(problems);
		}
		this.projections.requireBuilt(AuditProjection.NAME);
		return this.audit.page(new AuditQueries.Filter(user, start, end,
				(investigationId != null) ? investigationId.toString() : null), after, limit);
	}

	private static Instant instant(String name, String value, List<FieldProblem> problems) {
		if (value == null) {
			return null;
		}
		try {
			return Instant.parse(value);
		}
		catch (DateTimeParseException ex) {
			problems.add(new FieldProblem(name, "must be an instant such as 2021-07-29T14:00:00Z"));
			return null;
		}
	}

}
