package org.newsdesk.tracker.application.proceeding;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.newsdesk.tracker.application.web.CommandRequest;
import org.newsdesk.tracker.application.web.DetailsRequest;
import org.newsdesk.tracker.proceeding.ProceedingKind;

final class ProceedingRequests {

	private ProceedingRequests() {
	}

	@Schema(name = "OpenProceeding", example = """
			{"proceedingId": "6f1c1d52-5c1e-4d8e-9a59-1b7f3f7a0601", "kind": "OFFICIAL_INVESTIGATION",
			 "title": "Paris prosecutor's inquiry into the spying of journalists",
			 "initiatorPartyIds": ["6f1c1d52-5c1e-4d8e-9a59-1b7f3f7a0105"],
			 "targetPartyIds": ["6f1c1d52-5c1e-4d8e-9a59-1b7f3f7a0101"], "venue": "Paris",
			 "occurredOn": "2021-07-20", "sourceIds": ["6f1c1d52-5c1e-4d8e-9a59-1b7f3f7a0201"],
			 "summary": "Prosecutors open an inquiry after complaints by two newspapers"}""")
	record Open(UUID proceedingId, @NotNull ProceedingKind kind, @NotBlank @Size(max = 300) String title,
			@Size(max = 100) List<UUID> initiatorPartyIds, @Size(max = 100) List<UUID> targetPartyIds,
			@Size(max = 300) String venue, @JsonUnwrapped @Valid DetailsRequest details) implements CommandRequest {
	}

	@Schema(name = "RecordProceedingDevelopment", example = """
			{"developmentId": "6f1c1d52-5c1e-4d8e-9a59-1b7f3f7a0602", "occurredOn": "2021-07-29",
			 "partyIds": ["6f1c1d52-5c1e-4d8e-9a59-1b7f3f7a0106"],
			 "summary": "Defence ministry officials visit the company's offices"}""")
	record Development(UUID developmentId, @JsonUnwrapped @Valid DetailsRequest details,
			@PositiveOrZero Long expectedVersion) implements CommandRequest {
	}

	@Schema(name = "CloseProceeding", example = """
			{"developmentId": "6f1c1d52-5c1e-4d8e-9a59-1b7f3f7a0603", "occurredOn": "2022-01",
			 "summary": "The review ends", "outcome": "No wrongdoing found by the company's own review"}""")
	record Closure(UUID developmentId, @JsonUnwrapped @Valid DetailsRequest details,
			@NotBlank @Size(max = 1000) String outcome,
			@PositiveOrZero Long expectedVersion) implements CommandRequest {
	}

}
