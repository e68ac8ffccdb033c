package org.newsdesk.tracker.application.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.newsdesk.tracker.common.DevelopmentDetails;
import org.newsdesk.tracker.common.OccurredOn;
import org.newsdesk.tracker.party.PartyId;
import org.newsdesk.tracker.source.SourceId;

/** The fields every development carries, flat in the request body. */
public record DetailsRequest(
		@Schema(description = "when it happened: 2021-07-29T14:00:00Z, 2021-07-29, 2021-07 or 2021",
				example = "2021-07-18") @NotNull OccurredOn occurredOn,
		@Schema(description = "who said or did it") @Size(max = 100) List<UUID> partyIds,
		@Schema(description = "where it is documented") @Size(max = 100) List<UUID> sourceIds,
		@Schema(description = "in the newsroom's own words, at most 4,000 characters") @NotBlank @Size(
				max = DevelopmentDetails.MAX_SUMMARY_LENGTH) String summary,
		@Size(max = 50) @Valid List<FigureRequest> figures) {

	public DevelopmentDetails toDetails() {
		return new DevelopmentDetails(this.occurredOn, Ids.map(this.partyIds, PartyId::new),
				Ids.map(this.sourceIds, SourceId::new), this.summary,
				(this.figures != null) ? this.figures.stream().map(FigureRequest::toFigure).toList() : List.of());
	}

	/** Allegations, denials and evidence must say where they are documented. */
	public void requireSources(List<FieldProblem> problems) {
		if (this.sourceIds == null || this.sourceIds.isEmpty()) {
			problems.add(new FieldProblem("sourceIds", "at least one source is required"));
		}
	}

}
