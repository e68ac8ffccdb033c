package org.newsdesk.tracker.application.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsdesk.tracker.application.support.Api;
import org.newsdesk.tracker.application.support.Nodes;
import org.newsdesk.tracker.application.support.PostgresAvailable;
import org.newsdesk.tracker.application.support.TestDatabase;
import org.newsdesk.tracker.application.support.Users;
import org.newsdesk.tracker.claim.ClaimId;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * The Pegasus demo loads into an empty store through the commands, and its statuses
 * follow from the rules.
 */
@Tag("database")
@ExtendWith(PostgresAvailable.class)
class PegasusDemoTest {

	private static JsonNode claim(Api api, ClaimId claim, String query) {
		Api.Response response = api.get(Users.AUDITOR, "/api/v1/claims/" + claim + query);
		assertThat(response.status()).as(response.raw()).isEqualTo(200);
		return response.body();
	}

	private static String status(Api api, ClaimId claim, String query) {
		return claim(api, claim, query).get("status").asText();
	}

	@Test
	void theDemoTellsTheStoryWithDerivedStatusesAtTheirRealDates() {
		Map<String, String> store = TestDatabase.freshStore();
		long version;
		try (ConfigurableApplicationContext node = Nodes.start(store, "tracker.demo=true")) {
			Api api = Nodes.api(node);
			assertThat(status(api, PegasusDemo.FRENCH_JOURNALISTS, "")).isEqualTo("CONFIRMED");
			assertThat(status(api, PegasusDemo.FRENCH_JOURNALISTS, "?asOf=2021-07-28")).isEqualTo("ALLEGED");
			assertThat(status(api, PegasusDemo.FRENCH_JOURNALISTS, "?asOf=2021-07-17")).isEqualTo("OPEN");
			assertThat(status(api, PegasusDemo.TARGETED_WORLDWIDE, "")).isEqualTo("CORROBORATED");
			JsonNode list = claim(api, PegasusDemo.LIST_OF_TARGETS, "");
			assertThat(list.get("status").asText()).isEqualTo("CONTESTED");
			assertThat(list.get("allegedBy")).extracting(JsonNode::asText)
				.containsExactly(PegasusDemo.FORBIDDEN_STORIES.toString());
			assertThat(list.get("deniedBy")).extracting(JsonNode::asText).containsExactly(PegasusDemo.NSO.toString());
			assertThat(status(api, PegasusDemo.LIST_OF_TARGETS, "?asOf=2021-07-20")).isEqualTo("ALLEGED");
			assertThat(status(api, PegasusDemo.MACRON_ON_LIST, "")).isEqualTo("ALLEGED");
			assertThat(status(api, PegasusDemo.MACRON_ON_LIST, "?asOf=2021-07-30")).isEqualTo("OPEN");
			assertThat(status(api, PegasusDemo.MACRON_ON_LIST, "?asOf=2021-07-31")).isEqualTo("ALLEGED");
			assertThat(status(api, PegasusDemo.AL_JAZEERA_HACKED, "?asOf=2020-12-31")).isEqualTo("ALLEGED");
			assertThat(status(api, PegasusDemo.ONLY_CRIME_AND_TERROR, "")).isEqualTo("CONTESTED");
			assertThat(status(api, PegasusDemo.MEDIAPART_SPIED, "")).isEqualTo("ALLEGED");
			Api.Response history = api.get(Users.AUDITOR,
					"/api/v1/claims/" + PegasusDemo.FRENCH_JOURNALISTS + "/history");
			assertThat(history.body().findValuesAsText("recordedBy")).containsOnly(DemoLoader.DEMO_USER);
			assertThat(history.body().findValuesAsText("statusAfter")).containsExactly("OPEN", "ALLEGED", "CONFIRMED",
					"CONFIRMED");
			assertThat(claim(api, PegasusDemo.FRENCH_JOURNALISTS, "").get("assessment").get("verdict").asText())
				.isEqualTo("TRUE");
			version = claim(api, PegasusDemo.ONLY_CRIME_AND_TERROR, "").get("version").asLong();
			assertThat(version).isEqualTo(5);
			Api.Response suspendAgain = api.post(Users.EDITOR,
					"/api/v1/vendors/" + PegasusDemo.NSO + "/clients/" + PegasusDemo.UNNAMED_CLIENTS + "/suspensions",
					"{\"investigationId\": \"" + PegasusDemo.PEGASUS
							+ "\", \"occurredOn\": \"2021-08\", \"summary\": \"Again\"}");
			assertThat(suspendAgain.status()).as("the clients are already suspended").isEqualTo(409);
		}
		try (ConfigurableApplicationContext restarted = Nodes.start(store, "tracker.demo=true")) {
			Api api = Nodes.api(restarted);
			assertThat(claim(api, PegasusDemo.ONLY_CRIME_AND_TERROR, "").get("version").asLong())
				.as("a store that is not empty is not loaded again")
				.isEqualTo(version);
		}
	}

}
