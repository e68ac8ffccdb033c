package org.newsdesk.tracker.application.source;

import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.newsdesk.tracker.application.web.CommandRequest;
import org.newsdesk.tracker.source.SourceKind;

final class SourceRequests {

	private SourceRequests() {
	}

	@Schema(name = "RegisterSource", description = "A confidential source is described, never identified", example = """
			{"sourceId": "6f1c1d52-5c1e-4d8e-9a59-1b7f3f7a0201", "kind": "ARTICLE",
			 "title": "NSO suspends some government clients, an employee says", "url": "https://www.npr.org/",
			 "publisherPartyId": "6f1c1d52-5c1e-4d8e-9a59-1b7f3f7a0102", "publishedOn": "2021-07-29",
			 "confidential": false}""")
	record Register(UUID sourceId, @NotNull SourceKind kind, @NotBlank @Size(max = 500) String title,
			@Size(max = 2048) String url, UUID publisherPartyId, LocalDate publishedOn,
			boolean confidential) implements CommandRequest {
	}

	@Schema(name = "AmendSource", description = "Only the fields to change", example = """
			{"title": "NSO temporarily suspends some clients, says an employee", "expectedVersion": 1}""")
	record Amend(SourceKind kind, @Size(max = 500) String title, @Size(max = 2048) String url, UUID publisherPartyId,
			LocalDate publishedOn, Boolean confidential,
			@PositiveOrZero Long expectedVersion) implements CommandRequest {
	}

}
