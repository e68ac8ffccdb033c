package org.newsdesk.tracker.application.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.tracker.application.support.Story.development;
import static org.newsdesk.tracker.application.support.Story.id;
import static org.newsdesk.tracker.application.support.Story.json;

import java.net.http.HttpRequest;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.tracker.application.support.Api;
import org.newsdesk.tracker.application.support.ApiTest;
import org.newsdesk.tracker.application.support.Story;
import org.newsdesk.tracker.application.support.Users;

/**
 * Bad input gets a clear 4xx problem naming every bad field, never a stack trace, and
 * leaves the stored claim exactly as it was.
 */
class BadInputApiTest extends ApiTest {

	private String investigation;

	private String party;

	private String source;

	private String claim;

	@BeforeEach
	void story() {
		Story story = new Story(this.api);
		this.investigation = story.investigation("Projet Pegasus");
		this.party = story.party("Mediapart", "MEDIA");
		this.source = story.source("Complaint filed in Paris");
		this.claim = story.claim(this.investigation, "Two newspapers filed complaints in Paris");
	}

	private Api.Response post(String path, String body) {
		Api.Response response = this.api.post(Users.EDITOR, path, body);
		assertThat(response.raw()).doesNotContain("Exception", "\tat ", "org.axonframework", "SQL");
		return response;
	}

	private static List<String> fields(Api.Response response) {
		assertThat(response.contentType()).startsWith("application/problem+json");
		return response.body().get("errors").findValuesAsText("field");
	}

	private static String message(Api.Response response, String field) {
		for (JsonNode error : response.body().get("errors")) {
			if (error.get("field").asText().equals(field)) {
				return error.get("message").asText();
			}
		}
		throw new AssertionError("no error for " + field + " in " + response.raw());
	}

	@Test
	void everyBadFieldOfAnAllegationIsNamedAtOnce() {
		Api.Response response = post("/api/v1/claims/" + this.claim + "/allegations",
				json("developmentId", "not-a-uuid", "occurredOn", "2021-02-30", "partyIds", List.of("x"), "sourceIds",
						List.of(), "summary", " ", "figures", List.of(java.util.Map.of("value", "many")), "colour",
						"red"));
		assertThat(response.status()).isEqualTo(400);
		assertThat(fields(response)).containsExactlyInAnyOrder("colour", "developmentId", "figures[0].value",
				"occurredOn", "partyIds[0]", "sourceIds", "summary");
		assertThat(message(response, "occurredOn")).contains("'2021-02-30' is not a possible date");
		assertThat(message(response, "colour")).isEqualTo("is not a known field");
		assertThat(response.body().get("status").asInt()).isEqualTo(400);
		assertUntouched();
	}

	@Test
	void allegationsDenialsAndEvidenceNeedASource() {
		String unsourced = development(id(), "2021-07-18", List.of(this.party), List.of(), "No source given");
		String unsourcedEvidence = development(id(), "2021-07-18", List.of(this.party), List.of(), "No source given",
				"bearing", "SUPPORTS", "strength", "STRONG");
		for (Api.Response response : List.of(post("/api/v1/claims/" + this.claim + "/allegations", unsourced),
				post("/api/v1/claims/" + this.claim + "/denials", unsourced),
				post("/api/v1/claims/" + this.claim + "/evidence", unsourcedEvidence))) {
			assertThat(response.status()).isEqualTo(400);
			assertThat(fields(response)).containsExactly("sourceIds");
			assertThat(message(response, "sourceIds")).isEqualTo("at least one source is required");
		}
		assertThat(post("/api/v1/claims/" + this.claim + "/statements", unsourced).status()).isEqualTo(201);
	}

	@Test
	void unknownEnumValuesListTheKnownOnes() {
		Api.Response response = post("/api/v1/claims/" + this.claim + "/evidence", development(id(), "2021-07-29",
				List.of(), List.of(this.source), "Analysis", "bearing", "MAYBE", "strength", "WEAK"));
		assertThat(response.status()).isEqualTo(400);
		assertThat(message(response, "bearing")).isEqualTo("'MAYBE' is not one of SUPPORTS, CONTRADICTS");
		assertThat(message(response, "strength")).isEqualTo("'WEAK' is not one of INDICATIVE, STRONG, CONCLUSIVE");
		Api.Response party = post("/api/v1/parties", json("name", "Somebody", "kind", "ALIEN", "country", "fr"));
		assertThat(fields(party)).containsExactlyInAnyOrder("kind", "country");
		assertUntouched();
	}

	@Test
	void malformedJsonAndWrongShapesAreRefused() {
		Api.Response malformed = post("/api/v1/claims/" + this.claim + "/statements", "{\"summary\": ");
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.body().get("detail").asText()).contains("malformed JSON");
		Api.Response array = post("/api/v1/claims/" + this.claim + "/statements", "[1, 2]");
		assertThat(array.status()).isEqualTo(400);
		Api.Response duplicateKey = post("/api/v1/parties", "{\"name\": \"A\", \"name\": \"B\", \"kind\": \"MEDIA\"}");
		assertThat(duplicateKey.status()).isEqualTo(400);
		Api.Response wrongTypes = post("/api/v1/claims/" + this.claim + "/statements",
				"{\"occurredOn\": 2021, \"summary\": [\"x\"], \"expectedVersion\": \"one\"}");
		assertThat(fields(wrongTypes)).containsExactlyInAnyOrder("occurredOn", "summary", "expectedVersion");
		assertUntouched();
	}

	@Test
	void overLongTextIsRefused() {
		Api.Response response = post("/api/v1/claims/" + this.claim + "/statements",
				development(id(), "2021", List.of(), List.of(), "x".repeat(4001)));
		assertThat(response.status()).isEqualTo(400);
		assertThat(fields(response)).containsExactly("summary");
		assertUntouched();
	}

	@Test
	void bodiesOver256KibAreRefusedWith413() {
		String huge = development(id(), "2021", List.of(), List.of(), "x".repeat(300 * 1024));
		Api.Response response = post("/api/v1/claims/" + this.claim + "/statements", huge);
		assertThat(response.status()).isEqualTo(413);
		assertThat(response.contentType()).startsWith("application/problem+json");
		Api.Response chunked = this.api
			.send(this.api.request(Users.EDITOR, "/api/v1/claims/" + this.claim + "/statements")
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(huge.getBytes())))
				.build());
		assertThat(chunked.status()).isEqualTo(413);
		assertUntouched();
	}

	@Test
	void unknownIdsAreNamed() {
		String unknownClaim = id();
		Api.Response missingClaim = post("/api/v1/claims/" + unknownClaim + "/statements",
				development(id(), "2021", List.of(), List.of(), "About nothing"));
		assertThat(missingClaim.status()).isEqualTo(404);
		assertThat(missingClaim.body().get("detail").asText()).isEqualTo("claim " + unknownClaim + " is not known");
		String unknownParty = id();
		Api.Response missingParty = post("/api/v1/claims/" + this.claim + "/statements",
				development(id(), "2021", List.of(this.party, unknownParty), List.of(), "Somebody said"));
		assertThat(missingParty.status()).isEqualTo(422);
		assertThat(missingParty.body().get("id").asText()).isEqualTo(unknownParty);
		assertThat(fields(missingParty)).containsExactly("partyIds[1]");
		String unknownInvestigation = id();
		Api.Response missingInvestigation = post("/api/v1/investigations/" + unknownInvestigation + "/claims",
				json("statement", "Orphan"));
		assertThat(missingInvestigation.status()).isEqualTo(422);
		assertThat(missingInvestigation.body().get("detail").asText()).contains(unknownInvestigation);
		String unknownDevelopment = id();
		Api.Response missingTarget = post("/api/v1/claims/" + this.claim + "/corrections",
				json("correctedDevelopmentId", unknownDevelopment, "reason", "typo", "summary", "Fixed"));
		assertThat(missingTarget.status()).isEqualTo(422);
		assertThat(missingTarget.body().get("detail").asText()).contains(unknownDevelopment);
		Api.Response badPath = post("/api/v1/claims/not-a-uuid/statements", "{}");
		assertThat(badPath.status()).isEqualTo(400);
		assertUntouched();
	}

	@Test
	void closedInvestigationsRefuseDevelopmentsUntilReopened() {
		String body = development(id(), "2021-07-20", List.of(), List.of(), "Paris prosecutors open an inquiry");
		assertThat(post("/api/v1/investigations/" + this.investigation + "/closure", "{}").status()).isEqualTo(201);
		Api.Response refused = post("/api/v1/claims/" + this.claim + "/statements", body);
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.body().get("detail").asText()).contains("is closed");
		assertUntouched();
		assertThat(post("/api/v1/investigations/" + this.investigation + "/reopening", null).status()).isEqualTo(201);
		assertThat(post("/api/v1/claims/" + this.claim + "/statements", body).status()).isEqualTo(201);
	}

	@Test
	void wrongMediaTypeAndMethodAreProblems() {
		Api.Response form = this.api.send(this.api.request(Users.EDITOR, "/api/v1/parties")
			.header("Content-Type", "text/plain")
			.POST(HttpRequest.BodyPublishers.ofString("name=x"))
			.build());
		assertThat(form.status()).isEqualTo(415);
		assertThat(form.contentType()).startsWith("application/problem+json");
		Api.Response delete = this.api
			.send(this.api.request(Users.EDITOR, "/api/v1/claims/" + this.claim).DELETE().build());
		assertThat(delete.status()).isIn(403, 405);
		assertUntouched();
	}

	private void assertUntouched() {
		Api.Response claim = this.api.get(Users.READER, "/api/v1/claims/" + this.claim);
		assertThat(claim.body().get("version").asLong()).isEqualTo(1);
		assertThat(claim.body().get("status").asText()).isEqualTo("OPEN");
	}

}
