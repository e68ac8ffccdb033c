package org.newsdesk.tracker.application.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.tracker.application.support.Story.created;
import static org.newsdesk.tracker.application.support.Story.development;
import static org.newsdesk.tracker.application.support.Story.id;
import static org.newsdesk.tracker.application.support.Story.json;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.newsdesk.tracker.application.support.ApiTest;
import org.newsdesk.tracker.application.support.Eventually;
import org.newsdesk.tracker.application.support.Story;
import org.newsdesk.tracker.application.support.Users;

/** Dossiers, the client register, proceedings and the figures register. */
class RegistersApiTest extends ApiTest {

	private JsonNode get(String user, String path) {
		var response = this.api.get(user, path);
		assertThat(response.status()).as(response.raw()).isEqualTo(200);
		return response.body();
	}

	/** What a reader gets while projections catch up: nothing until it answers 200. */
	private JsonNode poll(String path) {
		var response = this.api.get(Users.READER, path);
		return (response.status() == 200) ? response.body()
				: com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
	}

	@Test
	void registersFollowTheStory() {
		Story story = new Story(this.api);
		String investigation = story.investigation("Projet Pegasus");
		String vendor = story.party("NSO Group", "COMPANY");
		String lab = story.party("Security Lab", "NGO");
		String clients = story.party("Unnamed clients", "GROUP");
		String source = story.source("Forensic report");
		String claim = story.claim(investigation, "Phones were infected");
		String evidence = id();
		created(this.api.post(Users.EDITOR, "/api/v1/claims/" + claim + "/evidence",
				development(evidence, "2021-07-18", List.of(lab), List.of(source), "Traces on phones", "bearing",
						"SUPPORTS", "strength", "STRONG", "figures", List.of(Map.of("value", 37, "unit", "smartphones",
								"label", "phones analysed", "approximate", false)))));
		String denial = id();
		created(this.api.post(Users.EDITOR, "/api/v1/claims/" + claim + "/denials",
				development(denial, "2021-07-21", List.of(vendor), List.of(source), "Denied", "figures",
						List.of(Map.of("value", 0, "unit", "targets", "approximate", false)))));
		created(this.api.post(Users.EDITOR, "/api/v1/claims/" + claim + "/corrections",
				json("correctedDevelopmentId", evidence, "reason", "the report counted 38", "figures", List.of(Map
					.of("value", 38, "unit", "smartphones", "label", "phones analysed", "approximate", false)))));
		created(this.api.post(Users.EDITOR, "/api/v1/claims/" + claim + "/strikes",
				json("struckDevelopmentId", denial, "reason", "wrong claim")));
		String proceeding = id();
		created(this.api.post(Users.EDITOR, "/api/v1/investigations/" + investigation + "/proceedings",
				json("proceedingId", proceeding, "kind", "OFFICIAL_INVESTIGATION", "title", "Inquiry", "targetPartyIds",
						List.of(vendor), "occurredOn", "2021-07-29", "summary", "Opened")));
		created(this.api.post(Users.EDITOR, "/api/v1/proceedings/" + proceeding + "/closure",
				json("occurredOn", "2022", "summary", "Closed", "outcome", "No charges")));
		created(this.api.post(Users.EDITOR, "/api/v1/vendors/" + vendor + "/clients/" + clients + "/suspensions",
				json("investigationId", investigation, "occurredOn", "2021-07-29", "summary", "Suspended")));
		created(this.api.post(Users.EDITOR, "/api/v1/vendors/" + vendor + "/clients/" + clients + "/reinstatements",
				json("investigationId", investigation, "occurredOn", "2021-09", "summary", "Reinstated")));

		JsonNode register = Eventually
			.until(() -> this.api.get(Users.READER, "/api/v1/vendors/" + vendor + "/clients"),
					(response) -> response.status() == 200 && response.body().size() == 1
							&& response.body().get(0).path("history").size() == 2
							&& response.body().get(0).path("client").path("status").asText().equals("ACTIVE"),
					"registered by both the registers and the timeline")
			.body();
		assertThat(register.get(0).get("client").get("status").asText()).isEqualTo("ACTIVE");
		assertThat(register.get(0).get("client").get("since").asText()).isEqualTo("2021-09");
		assertThat(register.get(0).get("history").findValuesAsText("type")).containsExactly("ClientSuspended",
				"ClientReinstated");

		JsonNode figures = Eventually.until(() -> poll("/api/v1/investigations/" + investigation + "/figures"),
				(body) -> body.size() == 1 && body.get(0).get("value").asInt() == 38, "corrected");
		assertThat(figures.get(0).get("unit").asText()).isEqualTo("smartphones");
		assertThat(figures.get(0).get("partyIds")).extracting(JsonNode::asText).containsExactly(lab);
		assertThat(figures.get(0).get("sourceIds")).extracting(JsonNode::asText).containsExactly(source);
		assertThat(figures.get(0).get("occurredOn").asText()).isEqualTo("2021-07-18");
		JsonNode audited = get(Users.AUDITOR, "/api/v1/investigations/" + investigation + "/figures");
		assertThat(audited.findValuesAsText("struck")).containsExactly("false", "true");

		JsonNode proceedings = Eventually.until(() -> poll("/api/v1/investigations/" + investigation + "/proceedings"),
				(body) -> body.size() == 1 && body.get(0).get("proceeding").get("status").asText().equals("CLOSED"),
				"closed");
		assertThat(proceedings.get(0).get("proceeding").get("outcome").asText()).isEqualTo("No charges");
		assertThat(proceedings.get(0).get("developments").findValuesAsText("type")).containsExactly("ProceedingOpened",
				"ProceedingClosed");

		JsonNode dossier = get(Users.READER, "/api/v1/parties/" + vendor + "/dossier");
		assertThat(dossier.get("party").get("name").asText()).isEqualTo("NSO Group");
		assertThat(dossier.get("developments").findValuesAsText("entryId")).doesNotContain(denial);
		assertThat(get(Users.AUDITOR, "/api/v1/parties/" + vendor + "/dossier").get("developments")
			.findValuesAsText("entryId")).contains(denial);
		assertThat(dossier.get("proceedings").findValuesAsText("proceedingId")).containsExactly(proceeding);
		assertThat(dossier.get("clientRelationships").findValuesAsText("clientId")).containsExactly(clients);
		JsonNode labDossier = get(Users.READER, "/api/v1/parties/" + lab + "/dossier");
		assertThat(labDossier.get("developments").findValuesAsText("entryId")).containsExactly(evidence);
		assertThat(get(Users.READER, "/api/v1/parties").findValuesAsText("name")).contains("NSO Group", "Security Lab");
		assertThat(get(Users.READER, "/api/v1/sources").findValuesAsText("title")).contains("Forensic report");
		assertThat(this.api.get(Users.READER, "/api/v1/parties/" + id() + "/dossier").status()).isEqualTo(404);
		assertThat(this.api.get(Users.READER, "/api/v1/vendors/" + id() + "/clients").status()).isEqualTo(404);
	}

}
