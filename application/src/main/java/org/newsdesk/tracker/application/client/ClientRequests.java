package org.newsdesk.tracker.application.client;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.newsdesk.tracker.application.web.CommandRequest;
import org.newsdesk.tracker.application.web.DetailsRequest;

final class ClientRequests {

	private ClientRequests() {
	}

	@Schema(name = "SuspendClient", example = """
			{"developmentId": "6f1c1d52-5c1e-4d8e-9a59-1b7f3f7a0501",
			 "investigationId": "6f1c1d52-5c1e-4d8e-9a59-1b7f3f7a0001", "occurredOn": "2021-07-29",
			 "sourceIds": ["6f1c1d52-5c1e-4d8e-9a59-1b7f3f7a0201"],
			 "summary": "An employee says some government clients were cut off while an internal inquiry runs",
			 "reason": "internal inquiry", "temporary": true}""")
	record Suspension(UUID developmentId, @NotNull UUID investigationId, @JsonUnwrapped @Valid DetailsRequest details,
			@Size(max = 4000) String reason, boolean temporary,
			@PositiveOrZero Long expectedVersion) implements CommandRequest {
	}

	@Schema(name = "ReinstateOrTerminateClient", example = """
			{"developmentId": "6f1c1d52-5c1e-4d8e-9a59-1b7f3f7a0502",
			 "investigationId": "6f1c1d52-5c1e-4d8e-9a59-1b7f3f7a0001", "occurredOn": "2021-09",
			 "summary": "The vendor says it ended the contract", "reason": "misuse found"}""")
	record Action(UUID developmentId, @NotNull UUID investigationId, @JsonUnwrapped @Valid DetailsRequest details,
			@Size(max = 4000) String reason, @PositiveOrZero Long expectedVersion) implements CommandRequest {
	}

}
