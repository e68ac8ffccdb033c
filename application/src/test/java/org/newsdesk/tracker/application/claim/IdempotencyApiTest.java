package org.newsdesk.tracker.application.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.tracker.application.support.Story.development;
import static org.newsdesk.tracker.application.support.Story.id;
import static org.newsdesk.tracker.application.support.Story.json;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.newsdesk.tracker.application.support.Api;
import org.newsdesk.tracker.application.support.ApiTest;
import org.newsdesk.tracker.application.support.Story;
import org.newsdesk.tracker.application.support.Users;

/**
 * A repeated request changes nothing and answers as the first did; a reused id with other
 * content is a conflict.
 */
class IdempotencyApiTest extends ApiTest {

	private void assertIdempotent(String path, String body, String conflictingBody, long version) {
		Api.Response first = this.api.post(Users.EDITOR, path, body);
		assertThat(first.status()).as(first.raw()).isEqualTo(201);
		assertThat(first.body().get("version").asLong()).isEqualTo(version);
		assertWrittenWhole(first);
		Api.Response again = this.api.post(Users.EDITOR, path, body);
		assertThat(again.status()).as(again.raw()).isEqualTo(200);
		assertThat(again.body()).isEqualTo(first.body());
		assertWrittenWhole(again);
		Api.Response conflict = this.api.post(Users.EDITOR, path, conflictingBody);
		assertThat(conflict.status()).as(conflict.raw()).isEqualTo(409);
		assertThat(conflict.body().get("detail").asText()).contains("already used");
	}

	/**
	 * The answer to a write is the id and version as JSON, sent with its length rather
	 * than in chunks.
	 */
	private static void assertWrittenWhole(Api.Response answer) {
		assertThat(answer.contentType()).isEqualTo("application/json");
		assertThat(answer.headers().firstValue("Transfer-Encoding")).isEmpty();
		assertThat(answer.headers().firstValueAsLong("Content-Length"))
			.hasValue(answer.raw().getBytes(StandardCharsets.UTF_8).length);
		assertThat(answer.body().fieldNames()).toIterable().containsExactly("id", "version");
	}

	@Test
	void everyCreationAndDevelopmentIsIdempotent() {
		String investigation = id();
		assertIdempotent("/api/v1/investigations", json("investigationId", investigation, "title", "Projet Pegasus"),
				json("investigationId", investigation, "title", "Another story"), 1);
		String party = id();
		assertIdempotent("/api/v1/parties", json("partyId", party, "name", "NSO Group", "kind", "COMPANY"),
				json("partyId", party, "name", "NSO Group", "kind", "GOVERNMENT"), 1);
		String source = id();
		assertIdempotent("/api/v1/sources", json("sourceId", source, "kind", "REPORT", "title", "Forensic report"),
				json("sourceId", source, "kind", "REPORT", "title", "Other report"), 1);
		String claim = id();
		assertIdempotent("/api/v1/investigations/" + investigation + "/claims",
				json("claimId", claim, "statement", "The list is a list of targets"),
				json("claimId", claim, "statement", "The list is not a list of targets"), 1);
		String allegation = id();
		assertIdempotent("/api/v1/claims/" + claim + "/allegations",
				development(allegation, "2021-07-18", List.of(party), List.of(source), "The consortium says so"),
				development(allegation, "2021-07-19", List.of(party), List.of(source), "The consortium says so"), 2);
		String proceeding = id();
		assertIdempotent("/api/v1/investigations/" + investigation + "/proceedings",
				json("proceedingId", proceeding, "kind", "CRIMINAL_COMPLAINT", "title", "Mediapart's complaint",
						"occurredOn", "2021-07-19", "summary", "Filed in Paris"),
				json("proceedingId", proceeding, "kind", "LAWSUIT", "title", "Mediapart's complaint", "occurredOn",
						"2021-07-19", "summary", "Filed in Paris"),
				1);
		String vendor = new Story(this.api).party("NSO Group", "COMPANY");
		String client = new Story(this.api).party("A government client", "GOVERNMENT");
		String suspension = id();
		assertIdempotent("/api/v1/vendors/" + vendor + "/clients/" + client + "/suspensions",
				json("developmentId", suspension, "investigationId", investigation, "occurredOn", "2021-07-29",
						"summary", "Suspended pending an internal inquiry", "temporary", true),
				json("developmentId", suspension, "investigationId", investigation, "occurredOn", "2021-07-29",
						"summary", "Suspended pending an internal inquiry", "temporary", false),
				1);
	}

	@Test
	void aDevelopmentIdCannotBeReusedOnAnotherClaim() {
		Story story = new Story(this.api);
		String investigation = story.investigation("Projet Pegasus");
		String source = story.source("Leaked list");
		String first = story.claim(investigation, "First claim");
		String second = story.claim(investigation, "Second claim");
		String developmentId = id();
		String body = development(developmentId, "2021-07-18", List.of(), List.of(source), "Said once");
		assertThat(this.api.post(Users.EDITOR, "/api/v1/claims/" + first + "/allegations", body).status())
			.isEqualTo(201);
		Api.Response reused = this.api.post(Users.EDITOR, "/api/v1/claims/" + second + "/allegations", body);
		assertThat(reused.status()).as(reused.raw()).isEqualTo(409);
		assertThat(reused.body().get("detail").asText()).contains(developmentId);
		assertThat(this.api.get(Users.READER, "/api/v1/claims/" + second).body().get("version").asLong()).isEqualTo(1);
	}

	@Test
	void anIdOfOneKindIsNeverTakenForAnother() {
		Story story = new Story(this.api);
		String party = story.party("NSO Group", "COMPANY");
		String claim = story.claim(story.investigation("Projet Pegasus"), "A claim");
		Api.Response wrongKind = this.api.post(Users.EDITOR, "/api/v1/claims/" + party + "/statements",
				development(id(), "2021", List.of(), List.of(), "Said about a party, not a claim"));
		assertThat(wrongKind.status()).as(wrongKind.raw()).isEqualTo(404);
		assertThat(wrongKind.body().get("detail").asText()).isEqualTo("claim " + party + " is not known");
		Api.Response reused = this.api.post(Users.EDITOR, "/api/v1/parties",
				json("partyId", claim, "name", "Somebody", "kind", "PERSON"));
		assertThat(reused.status()).as(reused.raw()).isEqualTo(409);
		assertThat(reused.body().get("detail").asText()).isEqualTo("id " + claim + " is already used by a claim");
		Api.Response claimAfter = this.api.get(Users.READER, "/api/v1/claims/" + claim);
		assertThat(claimAfter.body().get("version").asLong()).isEqualTo(1);
		assertThat(this.api.get(Users.READER, "/api/v1/claims/" + party).status()).isEqualTo(404);
	}

	@Test
	void aStaleExpectedVersionListsWhatCameSince() {
		Story story = new Story(this.api);
		String source = story.source("Leaked list");
		String claim = story.claim(story.investigation("Projet Pegasus"), "A claim");
		String path = "/api/v1/claims/" + claim;
		String allegation = id();
		assertThat(
				this.api
					.post(Users.EDITOR, path + "/allegations",
							development(allegation, "2021-07-18", List.of(), List.of(source), "Alleged",
									"expectedVersion", 1))
					.status())
			.isEqualTo(201);
		String denial = id();
		assertThat(
				this.api
					.post(Users.EDITOR, path + "/denials",
							development(denial, "2021-07-19", List.of(), List.of(source), "Denied", "expectedVersion",
									2))
					.status())
			.isEqualTo(201);
		Api.Response stale = this.api.post(Users.EDITOR, path + "/statements",
				development(id(), "2021-07-20", List.of(), List.of(), "Late", "expectedVersion", 1));
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.body().get("currentVersion").asLong()).isEqualTo(3);
		assertThat(stale.body().get("expectedVersion").asLong()).isEqualTo(1);
		List<JsonNode> since = List.copyOf(stale.body().get("developments").findParents("version"));
		assertThat(since).extracting((entry) -> entry.get("developmentId").asText())
			.containsExactly(allegation, denial);
		assertThat(since).extracting((entry) -> entry.get("statusAfter").asText())
			.containsExactly("ALLEGED", "CONTESTED");
		assertThat(this.api.get(Users.READER, path).body().get("version").asLong()).isEqualTo(3);
	}

}
