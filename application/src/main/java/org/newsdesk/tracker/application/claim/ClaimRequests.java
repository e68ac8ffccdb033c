package org.newsdesk.tracker.application.claim;

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
import org.newsdesk.tracker.application.web.FieldProblem;
import org.newsdesk.tracker.application.web.FigureRequest;
import org.newsdesk.tracker.claim.Bearing;
import org.newsdesk.tracker.claim.Strength;
import org.newsdesk.tracker.claim.Verdict;
import org.newsdesk.tracker.common.OccurredOn;

final class ClaimRequests {

	private ClaimRequests() {
	}

	@Schema(name = "RegisterClaim", example = """
			{"claimId": "6f1c1d52-5c1e-4d8e-9a59-1b7f3f7a0301",
			 "statement": "Pegasus was used to target the French president's phone",
			 "subjectPartyIds": ["6f1c1d52-5c1e-4d8e-9a59-1b7f3f7a0101"]}""")
	record Register(UUID claimId, @NotBlank @Size(max = 1000) String statement,
			@Size(max = 100) List<UUID> subjectPartyIds) implements CommandRequest {
	}

	@Schema(name = "RecordAllegationOrDenial", description = "Needs at least one source",
			example = """
					{"developmentId": "6f1c1d52-5c1e-4d8e-9a59-1b7f3f7a0401", "occurredOn": "2021-07-18",
					 "partyIds": ["6f1c1d52-5c1e-4d8e-9a59-1b7f3f7a0103"], "sourceIds": ["6f1c1d52-5c1e-4d8e-9a59-1b7f3f7a0201"],
					 "summary": "A consortium of newsrooms reports that a leaked list of numbers includes the president's",
					 "figures": [{"value": 50000, "unit": "phone numbers", "label": "numbers on the leaked list", "approximate": true}],
					 "expectedVersion": 3}""")
	record Sourced(UUID developmentId, @JsonUnwrapped @Valid DetailsRequest details,
			@PositiveOrZero Long expectedVersion) implements CommandRequest {

		@Override
		public void check(List<FieldProblem> problems) {
			this.details.requireSources(problems);
		}

	}

	@Schema(name = "RecordStatement", example = """
			{"developmentId": "6f1c1d52-5c1e-4d8e-9a59-1b7f3f7a0402", "occurredOn": "2021-07-21",
			 "partyIds": ["6f1c1d52-5c1e-4d8e-9a59-1b7f3f7a0101"],
			 "summary": "The company says it will no longer answer press questions on the subject"}""")
	record Statement(UUID developmentId, @JsonUnwrapped @Valid DetailsRequest details,
			@PositiveOrZero Long expectedVersion) implements CommandRequest {
	}

	@Schema(name = "RecordEvidence", description = "Needs at least one source",
			example = """
					{"developmentId": "6f1c1d52-5c1e-4d8e-9a59-1b7f3f7a0403", "occurredOn": "2021-07-29",
					 "partyIds": ["6f1c1d52-5c1e-4d8e-9a59-1b7f3f7a0104"], "sourceIds": ["6f1c1d52-5c1e-4d8e-9a59-1b7f3f7a0202"],
					 "summary": "French forensic analysis finds traces of the spyware on three journalists' phones",
					 "bearing": "SUPPORTS", "strength": "CONCLUSIVE"}""")
	record Evidence(UUID developmentId, @JsonUnwrapped @Valid DetailsRequest details, @NotNull Bearing bearing,
			@NotNull Strength strength, @PositiveOrZero Long expectedVersion) implements CommandRequest {

		@Override
		public void check(List<FieldProblem> problems) {
			this.details.requireSources(problems);
		}

	}

	@Schema(name = "RecordRetraction", example = """
			{"developmentId": "6f1c1d52-5c1e-4d8e-9a59-1b7f3f7a0404", "occurredOn": "2021-08-02",
			 "retractedDevelopmentId": "6f1c1d52-5c1e-4d8e-9a59-1b7f3f7a0401",
			 "partyIds": ["6f1c1d52-5c1e-4d8e-9a59-1b7f3f7a0103"],
			 "summary": "The outlet withdraws its report pending verification"}""")
	record Retraction(UUID developmentId, @JsonUnwrapped @Valid DetailsRequest details,
			@NotNull UUID retractedDevelopmentId, @PositiveOrZero Long expectedVersion) implements CommandRequest {
	}

	@Schema(name = "AssessClaim", example = """
			{"developmentId": "6f1c1d52-5c1e-4d8e-9a59-1b7f3f7a0405", "verdict": "MOSTLY_TRUE",
			 "rationale": "Independent forensic work confirms infections; the full list's meaning remains disputed"}""")
	record Assessment(UUID developmentId, @NotNull Verdict verdict, @NotBlank @Size(max = 4000) String rationale,
			@PositiveOrZero Long expectedVersion) implements CommandRequest {
	}

	@Schema(name = "CorrectDevelopment", description = "Give only the fields being corrected", example = """
			{"developmentId": "6f1c1d52-5c1e-4d8e-9a59-1b7f3f7a0406",
			 "correctedDevelopmentId": "6f1c1d52-5c1e-4d8e-9a59-1b7f3f7a0401",
			 "reason": "The report appeared a day earlier than first logged", "occurredOn": "2021-07-17"}""")
	record Correction(UUID developmentId, @NotNull UUID correctedDevelopmentId,
			@NotBlank @Size(max = 4000) String reason, OccurredOn occurredOn, @Size(max = 100) List<UUID> partyIds,
			@Size(max = 100) List<UUID> sourceIds, @Size(max = 4000) String summary,
			@Size(max = 50) @Valid List<FigureRequest> figures, Bearing bearing, Strength strength,
			@PositiveOrZero Long expectedVersion) implements CommandRequest {

		@Override
		public void check(List<FieldProblem> problems) {
			if (this.occurredOn == null && this.partyIds == null && this.sourceIds == null && this.summary == null
					&& this.figures == null && this.bearing == null && this.strength == null) {
				problems.add(new FieldProblem("correction",
						"name at least one field to correct: occurredOn, partyIds, sourceIds, summary, figures, "
								+ "bearing or strength"));
			}
			if (this.summary != null && this.summary.isBlank()) {
				problems.add(new FieldProblem("summary", "must not be blank"));
			}
		}

	}

	@Schema(name = "StrikeDevelopment", example = """
			{"developmentId": "6f1c1d52-5c1e-4d8e-9a59-1b7f3f7a0407",
			 "struckDevelopmentId": "6f1c1d52-5c1e-4d8e-9a59-1b7f3f7a0402",
			 "reason": "Logged on the wrong claim"}""")
	record Strike(UUID developmentId, @NotNull UUID struckDevelopmentId, @NotBlank @Size(max = 4000) String reason,
			@PositiveOrZero Long expectedVersion) implements CommandRequest {
	}

}
