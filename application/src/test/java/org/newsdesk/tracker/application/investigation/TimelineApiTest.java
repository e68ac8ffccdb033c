package org.newsdesk.tracker.application.investigation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.tracker.application.support.Story.created;
import static org.newsdesk.tracker.application.support.Story.development;
import static org.newsdesk.tracker.application.support.Story.id;
import static org.newsdesk.tracker.application.support.Story.json;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.newsdesk.tracker.application.support.ApiTest;
import org.newsdesk.tracker.application.support.Eventually;
import org.newsdesk.tracker.application.support.Story;
import org.newsdesk.tracker.application.support.Users;

/** The investigation timeline across claims, proceedings and client relationships. */
class TimelineApiTest extends ApiTest {

	private JsonNode timeline(String user, String investigation, String query) {
		var response = this.api.get(user, "/api/v1/investigations/" + investigation + "/timeline" + query);
		assertThat(response.status()).as(response.raw()).isEqualTo(200);
		return response.body();
	}

	@Test
	void theTimelineTellsTheStoryWithCorrectionsAndStrikes() {
		Story story = new Story(this.api);
		String investigation = story.investigation("Projet Pegasus");
		String vendor = story.party("NSO Group", "COMPANY");
		String clients = story.party("Unnamed clients", "GROUP");
		String source = story.source("The leaked list");
		String claim = story.claim(investigation, "The list is a list of targets");
		String allegation = id();
		String denial = id();
		String statement = id();
		String proceeding = id();
		String suspension = id();
		created(this.api.post(Users.EDITOR, "/api/v1/claims/" + claim + "/allegations",
				development(allegation, "2021-07-19", List.of(), List.of(source), "Alleged")));
		created(this.api.post(Users.EDITOR, "/api/v1/investigations/" + investigation + "/proceedings",
				json("proceedingId", proceeding, "kind", "OFFICIAL_INVESTIGATION", "title", "Inquiry", "occurredOn",
						"2021-07", "summary", "Prosecutors open an inquiry")));
		created(this.api.post(Users.EDITOR, "/api/v1/claims/" + claim + "/denials",
				development(denial, "2021-07-21", List.of(vendor), List.of(source), "Denied")));
		created(this.api.post(Users.EDITOR, "/api/v1/vendors/" + vendor + "/clients/" + clients + "/suspensions",
				json("developmentId", suspension, "investigationId", investigation, "occurredOn", "2021-07-29",
						"summary", "Some clients suspended", "temporary", true, "reason", "inquiry")));
		created(this.api.post(Users.EDITOR, "/api/v1/claims/" + claim + "/statements",
				development(statement, "2021-07-22", List.of(), List.of(), "Logged on the wrong claim")));
		String beforeCorrection = lastRecordedAt(investigation);
		created(this.api.post(Users.EDITOR, "/api/v1/claims/" + claim + "/corrections", json("correctedDevelopmentId",
				allegation, "reason", "published a day earlier", "occurredOn", "2021-07-18")));
		created(this.api.post(Users.EDITOR, "/api/v1/claims/" + claim + "/strikes",
				json("struckDevelopmentId", statement, "reason", "wrong claim")));

		JsonNode audited = Eventually.until(() -> timeline(Users.AUDITOR, investigation, ""),
				(body) -> body.path("entries").size() == 5
						&& body.path("entries").findValuesAsText("struck").contains("true")
						&& body.path("entries").findValuesAsText("occurredOn").contains("2021-07-18"),
				"projected");
		assertThat(audited.get("entries").findValuesAsText("entryId")).containsExactly(proceeding, allegation, denial,
				statement, suspension);
		JsonNode corrected = audited.get("entries").get(1);
		assertThat(corrected.get("occurredOn").asText()).isEqualTo("2021-07-18");
		assertThat(corrected.get("corrections").asInt()).isEqualTo(1);
		assertThat(corrected.get("lastCorrectionReason").asText()).isEqualTo("published a day earlier");
		assertThat(audited.get("entries").get(3).get("struckReason").asText()).isEqualTo("wrong claim");
		assertThat(audited.get("entries").get(4).get("subjectId").asText()).isEqualTo(vendor + ":" + clients);
		assertThat(audited.get("entries").get(4).get("detail").asText()).isEqualTo("temporary: inquiry");

		JsonNode read = timeline(Users.READER, investigation, "");
		assertThat(read.get("entries").findValuesAsText("entryId")).containsExactly(proceeding, allegation, denial,
				suspension);
		JsonNode recorded = timeline(Users.READER, investigation, "?order=recorded");
		assertThat(recorded.get("entries").findValuesAsText("entryId")).containsExactly(allegation, proceeding, denial,
				suspension);

		JsonNode folded = timeline(Users.AUDITOR, investigation, "?knownAt=2100-01-01T00:00:00Z");
		assertThat(folded.get("entries")).isEqualTo(audited.get("entries"));
		JsonNode earlier = timeline(Users.AUDITOR, investigation, "?knownAt=" + beforeCorrection);
		assertThat(earlier.get("entries").get(1).get("entryId").asText()).isEqualTo(allegation);
		assertThat(earlier.get("entries").get(1).get("occurredOn").asText()).isEqualTo("2021-07-19");
		assertThat(earlier.get("entries").get(1).get("corrections").asInt()).isZero();
		assertThat(earlier.get("entries").findValuesAsText("struck")).containsOnly("false");
		JsonNode asOf = timeline(Users.AUDITOR, investigation, "?asOf=2021-07-20");
		assertThat(asOf.get("entries").findValuesAsText("entryId")).containsExactly(allegation);
		assertThat(
				this.api.get(Users.READER, "/api/v1/investigations/" + investigation + "/timeline?asOf=2021").status())
			.isEqualTo(403);
		var badOrder = this.api.get(Users.READER, "/api/v1/investigations/" + investigation + "/timeline?order=alpha");
		assertThat(badOrder.status()).isEqualTo(400);
		assertThat(badOrder.body().get("errors").findValuesAsText("field")).containsExactly("order");
	}

	private String lastRecordedAt(String investigation) {
		JsonNode log = Eventually.until(
				() -> this.api.get(Users.AUDITOR, "/api/v1/audit/log?investigationId=" + investigation).body(),
				(body) -> body.path("entries").size() == 7, "logged");
		return log.get("entries").get(6).get("recordedAt").asText();
	}

}
