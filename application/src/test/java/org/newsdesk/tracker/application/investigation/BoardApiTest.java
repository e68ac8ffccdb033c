package org.newsdesk.tracker.application.investigation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.tracker.application.support.Story.created;
import static org.newsdesk.tracker.application.support.Story.development;
import static org.newsdesk.tracker.application.support.Story.id;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.newsdesk.tracker.application.support.Api;
import org.newsdesk.tracker.application.support.ApiTest;
import org.newsdesk.tracker.application.support.Eventually;
import org.newsdesk.tracker.application.support.Story;
import org.newsdesk.tracker.application.support.Users;

/** The investigations list and the claim board, now and at both time cuts. */
class BoardApiTest extends ApiTest {

	private Api.Response board(String user, String investigation, String query) {
		return this.api.get(user, "/api/v1/investigations/" + investigation + "/claims" + query);
	}

	@Test
	void theBoardShowsEveryClaimAsItsOwnReadDoesNowAndAtCuts() {
		Story story = new Story(this.api);
		String investigation = story.investigation("Projet Pegasus");
		String consortium = story.party("Forbidden Stories", "MEDIA");
		String vendor = story.party("NSO Group", "COMPANY");
		String source = story.source("The leaked list");
		String first = story.claim(investigation, "The list is a list of targets");
		String second = story.claim(investigation, "French journalists' phones were infected");
		created(this.api.post(Users.EDITOR, "/api/v1/claims/" + first + "/allegations",
				development(id(), "2021-07-18", List.of(consortium), List.of(source), "Alleged")));
		created(this.api.post(Users.EDITOR, "/api/v1/claims/" + first + "/denials",
				development(id(), "2021-07-21", List.of(vendor), List.of(source), "Denied")));
		created(this.api.post(Users.EDITOR, "/api/v1/claims/" + second + "/evidence", development(id(), "2021-07",
				List.of(consortium), List.of(source), "Forensics", "bearing", "SUPPORTS", "strength", "CONCLUSIVE")));

		JsonNode now = Eventually.until(() -> board(Users.READER, investigation, "").body(),
				(body) -> body.path("claims").size() == 2 && body.path("claims").get(0).path("version").asLong() == 3
						&& body.path("claims").get(1).path("version").asLong() == 2,
				"projected");
		List<JsonNode> rows = new ArrayList<>();
		now.get("claims").forEach(rows::add);
		assertThat(rows).extracting((row) -> row.get("claimId").asText()).containsExactly(first, second);
		assertThat(rows).extracting((row) -> row.get("status").asText()).containsExactly("CONTESTED", "CONFIRMED");
		assertThat(rows.get(0).get("allegedBy")).extracting(JsonNode::asText).containsExactly(consortium);
		assertThat(rows.get(0).get("deniedBy")).extracting(JsonNode::asText).containsExactly(vendor);
		assertThat(rows.get(0).get("lastOccurredOn").asText()).isEqualTo("2021-07-21");
		assertThat(rows.get(0).get("statusPath")).extracting(JsonNode::asText)
			.containsExactly("OPEN", "ALLEGED", "CONTESTED");
		for (JsonNode row : rows) {
			JsonNode claim = this.api.get(Users.READER, "/api/v1/claims/" + row.get("claimId").asText()).body();
			assertThat(row.get("status")).isEqualTo(claim.get("status"));
			assertThat(row.get("version")).isEqualTo(claim.get("version"));
			assertThat(row.get("developments")).isEqualTo(claim.get("developments"));
		}

		JsonNode asOf = board(Users.AUDITOR, investigation, "?asOf=2021-07-20").body();
		assertThat(asOf.get("claims").findValuesAsText("status")).containsExactly("ALLEGED", "OPEN");
		assertThat(asOf.get("asOf").asText()).isEqualTo("2021-07-20");
		JsonNode unfoldedNow = board(Users.AUDITOR, investigation, "?knownAt=2100-01-01T00:00:00Z").body();
		assertThat(unfoldedNow.get("claims")).isEqualTo(now.get("claims"));
		String secondRegistered = this.api.get(Users.AUDITOR, "/api/v1/claims/" + second + "/history")
			.body()
			.get(0)
			.get("recordedAt")
			.asText();
		JsonNode knownAt = board(Users.AUDITOR, investigation, "?knownAt=" + secondRegistered).body();
		assertThat(knownAt.get("claims").findValuesAsText("status")).containsExactly("OPEN", "OPEN");
		assertThat(board(Users.READER, investigation, "?asOf=2021-07-20").status()).isEqualTo(403);
	}

	@Test
	void theInvestigationsListCountsClaimsByStatus() {
		Story story = new Story(this.api);
		String investigation = story.investigation("Counted");
		String source = story.source("A source");
		String claim = story.claim(investigation, "Alleged claim");
		story.claim(investigation, "Open claim");
		created(this.api.post(Users.EDITOR, "/api/v1/claims/" + claim + "/allegations",
				development(id(), "2021", List.of(), List.of(source), "Alleged")));
		JsonNode summary = Eventually.until(
				() -> this.api.get(Users.READER, "/api/v1/investigations/" + investigation).body(),
				(body) -> body.path("claims").asInt() == 2 && body.path("claimsByStatus").path("ALLEGED").asInt() == 1,
				"counted");
		assertThat(summary.get("claims").asInt()).isEqualTo(2);
		assertThat(summary.get("claimsByStatus").get("OPEN").asInt()).isEqualTo(1);
		assertThat(summary.get("title").asText()).isEqualTo("Counted");
		JsonNode list = this.api.get(Users.READER, "/api/v1/investigations").body();
		assertThat(list.findValuesAsText("id")).contains(investigation);
		assertThat(this.api.get(Users.READER, "/api/v1/investigations/" + id()).status()).isEqualTo(404);
		assertThat(this.api.get(Users.READER, "/api/v1/investigations/" + id() + "/claims").status()).isEqualTo(404);
	}

}
