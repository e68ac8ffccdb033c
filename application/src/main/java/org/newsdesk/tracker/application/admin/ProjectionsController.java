package org.newsdesk.tracker.application.admin;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.newsdesk.tracker.application.web.NotFound;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/admin/projections")
@Tag(name = "Administration")
class ProjectionsController {

	private final Projections projections;

	ProjectionsController(Projections projections) {
		this.projections = projections;
	}

	@GetMapping
	@Operation(summary = "Each projection's position, the store's head, lag in events and seconds, state, and "
			+ "during a rebuild its progress and rate")
	List<ProjectionStatus> all() {
		return this.projections.all();
	}

	@GetMapping("/{name}")
	@Operation(summary = "One projection's status")
	ProjectionStatus one(@PathVariable String name) {
		requireKnown(name);
		return this.projections.status(name);
	}

	@PostMapping("/{name}/rebuild")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Replay a projection from the first event; its reads answer 503 'rebuilding' until done")
	ProjectionStatus rebuild(@PathVariable String name) {
		requireKnown(name);
		return this.projections.rebuild(name);
	}

	private void requireKnown(String name) {
		if (!this.projections.exists(name)) {
			throw new NotFound("projection", name + " (known: " + String.join(", ", Projections.NAMES) + ")");
		}
	}

}
