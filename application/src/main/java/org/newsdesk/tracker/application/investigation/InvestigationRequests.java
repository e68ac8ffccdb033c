package org.newsdesk.tracker.application.investigation;

import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.newsdesk.tracker.application.web.CommandRequest;

final class InvestigationRequests {

	private InvestigationRequests() {
	}

	@Schema(name = "OpenInvestigation", example = """
			{"investigationId": "6f1c1d52-5c1e-4d8e-9a59-1b7f3f7a0001", "title": "Projet Pegasus",
			 "summary": "How NSO Group's spyware was used against journalists, activists and heads of state"}""")
	record Open(UUID investigationId, @NotBlank @Size(max = 300) String title,
			@Size(max = 4000) String summary) implements CommandRequest {
	}

	@Schema(name = "RenameInvestigation", example = """
			{"title": "Pegasus Project", "expectedVersion": 1}""")
	record Rename(@NotBlank @Size(max = 300) String title,
			@PositiveOrZero Long expectedVersion) implements CommandRequest {
	}

	@Schema(name = "CloseOrReopenInvestigation", example = """
			{"reason": "Story published; follow-ups tracked separately", "expectedVersion": 12}""")
	record Transition(@Size(max = 4000) String reason, @PositiveOrZero Long expectedVersion) implements CommandRequest {
	}

}
