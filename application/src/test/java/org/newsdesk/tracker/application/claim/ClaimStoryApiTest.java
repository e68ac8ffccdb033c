package org.newsdesk.tracker.application.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.tracker.application.support.Story.created;
import static org.newsdesk.tracker.application.support.Story.development;
import static org.newsdesk.tracker.application.support.Story.id;
import static org.newsdesk.tracker.application.support.Story.json;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.newsdesk.tracker.application.support.Api;
import org.newsdesk.tracker.application.support.ApiTest;
import org.newsdesk.tracker.application.support.Story;
import org.newsdesk.tracker.application.support.Users;

/**
 * One claim of the Pegasus story walked through every status and back, through strikes,
 * corrections and retractions, checking status, history and both time cuts at each step.
 */
class ClaimStoryApiTest extends ApiTest {

	private String claimPath;

	private final List<String> recordedAt = new ArrayList<>();

	@Test
	void claimWalksEveryStatusAndBackWithHistoryAndTimeCuts() {
		Story story = new Story(this.api);
		String investigation = story.investigation("Projet Pegasus");
		String forbiddenStories = story.party("Forbidden Stories", "MEDIA");
		String nso = story.party("NSO Group", "COMPANY");
		String amnesty = story.party("Amnesty International Security Lab", "NGO");
		String revelations = story.source("The leaked list of 50,000 numbers");
		String forensics = story.source("Forensic methodology report");
		String claim = story.claim(investigation, "Pegasus was used against journalists' phones in France");
		this.claimPath = "/api/v1/claims/" + claim;
		expect("OPEN", 1);
		this.recordedAt.add(history().get(0).get("recordedAt").asText());

		String allegation = id();
		record("allegations", development(allegation, "2021-07-18", List.of(forbiddenStories), List.of(revelations),
				"A consortium of newsrooms says the leaked list includes French reporters"), 2);
		expect("ALLEGED", 2);
		String denial = id();
		record("denials", development(denial, "2021-07-19", List.of(nso), List.of(revelations),
				"The company calls the reporting false and the list unrelated to its clients"), 3);
		expect("CONTESTED", 3);
		String strongEvidence = id();
		record("evidence", development(strongEvidence, "2021-07-20", List.of(amnesty), List.of(forensics),
				"The lab finds traces on phones it examined", "bearing", "SUPPORTS", "strength", "STRONG"), 4);
		expect("CORROBORATED", 4);
		String conclusiveEvidence = id();
		record("evidence",
				development(conclusiveEvidence, "2021-07-29", List.of(amnesty), List.of(forensics),
						"French analysts confirm infection of three journalists' phones", "bearing", "SUPPORTS",
						"strength", "CONCLUSIVE"),
				5);
		JsonNode confirmed = expect("CONFIRMED", 5);
		assertThat(confirmed.get("allegedBy")).extracting(JsonNode::asText).containsExactly(forbiddenStories);
		assertThat(confirmed.get("deniedBy")).extracting(JsonNode::asText).containsExactly(nso);
		assertThat(history()).extracting((entry) -> entry.get("statusAfter").asText())
			.containsExactly("OPEN", "ALLEGED", "CONTESTED", "CORROBORATED", "CONFIRMED");
		assertThat(history().get(2).get("recordedBy").asText()).isEqualTo(Users.EDITOR);
		assertThat(history().get(2).get("developmentId").asText()).isEqualTo(denial);
		assertThat(history().get(2).get("occurredOn").asText()).isEqualTo("2021-07-19");

		// asOf: what had happened by then, with a day counted at its end.
		assertThat(statusAt("asOf=2021-07-18")).isEqualTo("ALLEGED");
		assertThat(statusAt("asOf=2021-07-19")).isEqualTo("CONTESTED");
		assertThat(statusAt("asOf=2021-07-25")).isEqualTo("CORROBORATED");
		assertThat(statusAt("asOf=2021-07")).isEqualTo("CONFIRMED");
		assertThat(statusAt("asOf=2021-07-17")).isEqualTo("OPEN");
		// knownAt: what the tracker showed at the moment the denial was stored.
		JsonNode atDenial = claimAt("knownAt=" + this.recordedAt.get(2));
		assertThat(atDenial.get("status").asText()).isEqualTo("CONTESTED");
		assertThat(atDenial.get("version").asLong()).isEqualTo(3);
		assertThat(historyAt("knownAt=" + this.recordedAt.get(2))).hasSize(3);

		String strike = id();
		record("strikes", json("developmentId", strike, "struckDevelopmentId", conclusiveEvidence, "reason",
				"Logged against the wrong claim"), 6);
		expect("CORROBORATED", 6);
		assertThat(entry(conclusiveEvidence).get("struck").asBoolean()).isTrue();

		record("corrections", json("developmentId", id(), "correctedDevelopmentId", strongEvidence, "reason",
				"The lab's finding was conclusive", "strength", "CONCLUSIVE"), 7);
		expect("CONFIRMED", 7);
		record("corrections", json("developmentId", id(), "correctedDevelopmentId", strongEvidence, "reason",
				"The finding cleared the phones instead", "bearing", "CONTRADICTS"), 8);
		expect("REFUTED", 8);
		record("corrections", json("developmentId", id(), "correctedDevelopmentId", strongEvidence, "reason",
				"The analysis was published in August", "occurredOn", "2021-08-02"), 9);
		expect("REFUTED", 9);
		// Today's knowledge: the evidence now dates from August, so July shows only the
		// dispute...
		assertThat(statusAt("asOf=2021-07-31")).isEqualTo("CONTESTED");
		// ...while what the tracker showed before that correction still had it in July.
		assertThat(statusAt("asOf=2021-07-31&knownAt=" + this.recordedAt.get(7))).isEqualTo("REFUTED");
		assertThat(entry(strongEvidence).get("occurredOn").asText()).isEqualTo("2021-08-02");

		record("strikes",
				json("developmentId", id(), "struckDevelopmentId", strongEvidence, "reason", "Entered in error"), 10);
		expect("CONTESTED", 10);
		String denialRetraction = id();
		record("retractions", development(denialRetraction, "2021-08-05", List.of(nso), List.of(),
				"The company withdraws its denial", "retractedDevelopmentId", denial), 11);
		expect("ALLEGED", 11);
		String allegationRetraction = id();
		record("retractions", development(allegationRetraction, "2021-08-06", List.of(forbiddenStories), List.of(),
				"The consortium withdraws the claim", "retractedDevelopmentId", allegation), 12);
		expect("WITHDRAWN", 12);
		record("strikes", json("developmentId", id(), "struckDevelopmentId", allegationRetraction, "reason",
				"Retraction recorded by mistake"), 13);
		JsonNode alleged = expect("ALLEGED", 13);
		assertThat(alleged.get("allegedBy")).extracting(JsonNode::asText).containsExactly(forbiddenStories);
		assertThat(alleged.get("deniedBy")).isEmpty();

		record("assessments", json("developmentId", id(), "verdict", "MOSTLY_TRUE", "rationale",
				"Forensic work supports the core of the allegation"), 14);
		JsonNode assessed = expect("ALLEGED", 14);
		assertThat(assessed.get("assessment").get("verdict").asText()).isEqualTo("MOSTLY_TRUE");
		assertThat(history()).hasSize(14);
		assertThat(history()).extracting((entry) -> entry.get("version").asLong())
			.containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L, 14L);
		assertThat(history()).extracting((entry) -> entry.get("statusAfter").asText())
			.containsExactly("OPEN", "ALLEGED", "CONTESTED", "CORROBORATED", "CONFIRMED", "CORROBORATED", "CONFIRMED",
					"REFUTED", "REFUTED", "CONTESTED", "ALLEGED", "WITHDRAWN", "ALLEGED", "ALLEGED");
		assertThat(historyAt("asOf=2021-07-19")).extracting((entry) -> entry.get("type").asText())
			.containsExactly("ClaimRegistered", "AllegationRecorded", "DenialRecorded");
	}

	private void record(String kind, String body, long expectedVersion) {
		Api.Response response = created(this.api.post(Users.EDITOR, this.claimPath + "/" + kind, body));
		assertThat(response.body().get("version").asLong()).isEqualTo(expectedVersion);
		List<JsonNode> history = history();
		this.recordedAt.add(history.get(history.size() - 1).get("recordedAt").asText());
	}

	private JsonNode expect(String status, long version) {
		Api.Response response = this.api.get(Users.READER, this.claimPath);
		assertThat(response.status()).as(response.raw()).isEqualTo(200);
		assertThat(response.body().get("status").asText()).as(response.raw()).isEqualTo(status);
		assertThat(response.body().get("version").asLong()).isEqualTo(version);
		return response.body();
	}

	private String statusAt(String query) {
		return claimAt(query).get("status").asText();
	}

	private JsonNode claimAt(String query) {
		Api.Response response = this.api.get(Users.AUDITOR, this.claimPath + "?" + query);
		assertThat(response.status()).as(response.raw()).isEqualTo(200);
		return response.body();
	}

	private List<JsonNode> history() {
		return historyAt("");
	}

	private List<JsonNode> historyAt(String query) {
		Api.Response response = this.api.get(Users.AUDITOR, this.claimPath + "/history?" + query);
		assertThat(response.status()).as(response.raw()).isEqualTo(200);
		List<JsonNode> entries = new ArrayList<>();
		response.body().forEach(entries::add);
		return entries;
	}

	private JsonNode entry(String developmentId) {
		return history().stream()
			.filter((entry) -> developmentId.equals(entry.get("developmentId").asText()))
			.findFirst()
			.orElseThrow();
	}

}
