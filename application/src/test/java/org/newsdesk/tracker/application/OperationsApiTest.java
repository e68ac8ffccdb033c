package org.newsdesk.tracker.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.tracker.application.support.Story.id;
import static org.newsdesk.tracker.application.support.Story.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.updates.UpdateChecker;
import org.junit.jupiter.api.Test;
import org.newsdesk.tracker.application.support.Api;
import org.newsdesk.tracker.application.support.ApiTest;
import org.newsdesk.tracker.application.support.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * What operators and integrators rely on: the API description, metrics, health, no
 * phoning home.
 */
class OperationsApiTest extends ApiTest {

	@Autowired
	ApplicationContext context;

	static final List<String> COMMAND_PATHS = List.of("/api/v1/investigations", "/api/v1/investigations/{id}/renaming",
			"/api/v1/investigations/{id}/closure", "/api/v1/investigations/{id}/reopening", "/api/v1/parties",
			"/api/v1/parties/{id}/amendments", "/api/v1/sources", "/api/v1/sources/{id}/amendments",
			"/api/v1/investigations/{investigationId}/claims", "/api/v1/claims/{id}/allegations",
			"/api/v1/claims/{id}/denials", "/api/v1/claims/{id}/evidence", "/api/v1/claims/{id}/retractions",
			"/api/v1/claims/{id}/statements", "/api/v1/claims/{id}/assessments", "/api/v1/claims/{id}/corrections",
			"/api/v1/claims/{id}/strikes", "/api/v1/vendors/{vendorId}/clients/{clientId}/suspensions",
			"/api/v1/vendors/{vendorId}/clients/{clientId}/reinstatements",
			"/api/v1/vendors/{vendorId}/clients/{clientId}/terminations",
			"/api/v1/investigations/{investigationId}/proceedings", "/api/v1/proceedings/{id}/developments",
			"/api/v1/proceedings/{id}/closure");

	@Test
	void theOpenApiDescriptionDocumentsEveryCommandWithAnExample() {
		Api.Response docs = this.api.get(null, "/v3/api-docs");
		assertThat(docs.status()).isEqualTo(200);
		assertThat(docs.body().get("openapi").asText()).startsWith("3.");
		JsonNode paths = docs.body().get("paths");
		JsonNode schemas = docs.body().get("components").get("schemas");
		List<String> missingExamples = new ArrayList<>();
		for (String path : COMMAND_PATHS) {
			JsonNode post = paths.path(path).path("post");
			assertThat(post.isMissingNode()).as("POST " + path + " is documented").isFalse();
			assertThat(post.path("summary").asText()).as(path).isNotBlank();
			String ref = post.path("requestBody")
				.path("content")
				.path("application/json")
				.path("schema")
				.path("$ref")
				.asText();
			String schema = ref.substring(ref.lastIndexOf('/') + 1);
			JsonNode example = schemas.path(schema).path("example");
			if (example.isMissingNode() || example.isNull()) {
				missingExamples.add(path + " (" + schema + ")");
			}
		}
		assertThat(missingExamples).as("commands without an example body").isEmpty();
		assertThat(paths.has("/api/v1/claims/{id}")).isTrue();
		assertThat(paths.has("/api/v1/claims/{id}/history")).isTrue();
		Api.Response ui = this.api.get(null, "/swagger-ui/index.html");
		assertThat(ui.status()).isEqualTo(200);
		assertThat(ui.raw()).doesNotContain("https://", "http://cdn");
	}

	@Test
	void commandsAreCountedAndTimedPerTypeAndOutcome() {
		String body = json("partyId", id(), "name", "Citizen Lab", "kind", "NGO", "country", "CA");
		assertThat(this.api.post(Users.EDITOR, "/api/v1/parties", body).status()).isEqualTo(201);
		assertThat(this.api.post(Users.EDITOR, "/api/v1/parties", body).status()).isEqualTo(200);
		assertThat(this.api.post(Users.EDITOR, "/api/v1/parties/" + id() + "/amendments", json("name", "x")).status())
			.isEqualTo(404);
		String metrics = this.api.getText(Users.ADMIN, "/actuator/prometheus").raw();
		assertThat(metrics).containsPattern(
				"tracker_commands_handled_total\\{[^}]*outcome=\"accepted\",type=\"RegisterParty\"} [1-9]");
		assertThat(metrics).containsPattern(
				"tracker_commands_handled_total\\{[^}]*outcome=\"repeated\",type=\"RegisterParty\"} [1-9]");
		assertThat(metrics)
			.containsPattern("tracker_commands_handled_total\\{[^}]*outcome=\"rejected\",type=\"AmendParty\"} [1-9]");
		assertThat(metrics).contains("tracker_commands_seconds_count{");
		// The repeat looked the party up in memory.
		assertThat(metrics)
			.containsPattern("tracker_aggregates_cache_gets_total\\{[^}]*result=\"hit\",type=\"Party\"} [1-9]")
			.containsPattern("tracker_aggregates_cache_gets_total\\{[^}]*result=\"miss\",type=\"Claim\"} ")
			.containsPattern("tracker_aggregates_cache_removals_total\\{[^}]*cause=\"collected\",type=\"Party\"} ")
			.containsPattern("tracker_aggregates_cache_size\\{[^}]*type=\"Party\"} [1-9]");
	}

	@Test
	void healthAndInfoArePublicAndNothingChecksForUpdates() {
		Api.Response health = this.api.get(null, "/actuator/health");
		assertThat(health.body().get("status").asText()).isEqualTo("UP");
		assertThat(this.api.get(null, "/actuator/info").status()).isEqualTo(200);
		assertThat(this.api.get(Users.ADMIN, "/actuator/env").status()).isEqualTo(404);
		assertThat(this.context.getBeansOfType(UpdateChecker.class)).isEmpty();
		assertThat(this.context.getEnvironment().getProperty("axon.update-check.disabled")).isEqualTo("true");
		Api.Response response = this.api.get(Users.READER, "/api/v1/claims/" + id());
		assertThat(response.headers().firstValue("X-Request-Id")).isPresent();
		assertThat(Map.of("status", response.status())).containsEntry("status", 404);
	}

}
