package org.newsdesk.tracker.application.pages;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.newsdesk.tracker.application.web.CommandRequest;
import org.newsdesk.tracker.application.web.DetailsRequest;
import org.newsdesk.tracker.application.web.FieldProblem;
import org.newsdesk.tracker.claim.Bearing;
import org.newsdesk.tracker.claim.Strength;
import org.newsdesk.tracker.claim.Verdict;
import org.newsdesk.tracker.common.OccurredOn;
import org.newsdesk.tracker.party.PartyKind;
import org.newsdesk.tracker.source.SourceKind;

/**
 * What the editors' forms send, bound by the same binder as the API so that a form shows
 * the same messages, field by field.
 */
final class Forms {

	private Forms() {
	}

	record Party(UUID partyId, @NotBlank @Size(max = 300) String name, @NotNull PartyKind kind,
			@Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as FR") String country)
			implements
				CommandRequest {
	}

	record Source(UUID sourceId, @NotNull SourceKind kind, @NotBlank @Size(max = 500) String title,
			@Size(max = 2048) String url, UUID publisherPartyId, LocalDate publishedOn,
			boolean confidential) implements CommandRequest {
	}

	/** An allegation, denial, piece of evidence, statement or retraction. */
	record Development(UUID developmentId, @JsonUnwrapped @Valid DetailsRequest details, Bearing bearing,
			Strength strength, UUID retractedDevelopmentId) implements CommandRequest {
	}

	record Assessment(UUID developmentId, @NotNull Verdict verdict,
			@NotBlank @Size(max = 4000) String rationale) implements CommandRequest {
	}

	record Correction(UUID developmentId, @NotNull UUID correctedDevelopmentId,
			@NotBlank @Size(max = 4000) String reason, OccurredOn occurredOn, @Size(max = 4000) String summary,
			Bearing bearing, Strength strength) implements CommandRequest {

		@Override
		public void check(List<FieldProblem> problems) {
			if (this.occurredOn == null && this.summary == null && this.bearing == null && this.strength == null) {
				problems.add(new FieldProblem("correction",
						"give at least one corrected field: the date, the summary, the bearing or the strength"));
			}
		}

	}

	record Strike(UUID developmentId, @NotNull UUID struckDevelopmentId,
			@NotBlank @Size(max = 4000) String reason) implements CommandRequest {
	}

	/**
	 * Form fields as the JSON object the binder reads: empty fields are absent, lists
	 * stay lists, and the CSRF token and the named routing fields are left out.
	 */
	static ObjectNode json(Map<String, String[]> parameters, List<String> listFields, String... routing) {
		List<String> ignored = new java.util.ArrayList<>(List.of(routing));
		ignored.add("_csrf");
		ObjectNode object = JsonNodeFactory.instance.objectNode();
		parameters.forEach((name, values) -> {
			if (ignored.contains(name)) {
				return;
			}
			if (listFields.contains(name)) {
				ArrayNode array = object.putArray(name);
				for (String value : values) {
					if (!value.isBlank()) {
						array.add(value.strip());
					}
				}
			}
			else if (values.length > 0 && !values[0].isBlank()) {
				object.put(name, values[0].strip());
			}
		});
		return object;
	}

}
