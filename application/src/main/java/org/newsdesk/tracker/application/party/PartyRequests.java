package org.newsdesk.tracker.application.party;

import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.newsdesk.tracker.application.web.CommandRequest;
import org.newsdesk.tracker.party.PartyKind;

final class PartyRequests {

	private PartyRequests() {
	}

	@Schema(name = "RegisterParty",
			example = """
					{"partyId": "6f1c1d52-5c1e-4d8e-9a59-1b7f3f7a0101", "name": "NSO Group", "kind": "COMPANY", "country": "IL"}""")
	record Register(UUID partyId, @NotBlank @Size(max = 300) String name, @NotNull PartyKind kind,
			@Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as FR") String country)
			implements
				CommandRequest {
	}

	@Schema(name = "AmendParty", description = "Only the fields to change", example = """
			{"name": "NSO Group Technologies", "expectedVersion": 1}""")
	record Amend(@Size(max = 300) String name, PartyKind kind,
			@Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as FR") String country,
			@PositiveOrZero Long expectedVersion) implements CommandRequest {
	}

}
