package org.newsdesk.tracker.application.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.tracker.application.support.Story.development;
import static org.newsdesk.tracker.application.support.Story.id;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsdesk.tracker.application.support.Api;
import org.newsdesk.tracker.application.support.Eventually;
import org.newsdesk.tracker.application.support.Nodes;
import org.newsdesk.tracker.application.support.PostgresAvailable;
import org.newsdesk.tracker.application.support.Story;
import org.newsdesk.tracker.application.support.TestDatabase;
import org.newsdesk.tracker.application.support.Users;

import org.springframework.context.ConfigurableApplicationContext;

/** Stopping the tracker and starting it again on the same store loses nothing. */
@Tag("database")
@ExtendWith(PostgresAvailable.class)
class RestartTest {

	@Test
	void everythingRecordedSurvivesARestart() {
		Map<String, String> store = TestDatabase.freshStore();
		String claim;
		String investigation;
		String vendor;
		String source;
		String status;
		String history;
		try (ConfigurableApplicationContext first = Nodes.start(store)) {
			Api api = Nodes.api(first);
			Story story = new Story(api);
			source = story.source("Leaked list");
			vendor = story.party("NSO Group", "COMPANY");
			investigation = story.investigation("Projet Pegasus");
			claim = story.claim(investigation, "A claim");
			Story.created(api.post(Users.EDITOR, "/api/v1/claims/" + claim + "/allegations",
					development(id(), "2021-07-18", List.of(), List.of(source), "Alleged")));
			status = api.get(Users.READER, "/api/v1/claims/" + claim).body().get("status").asText();
			history = api.get(Users.AUDITOR, "/api/v1/claims/" + claim + "/history").raw();
		}
		try (ConfigurableApplicationContext second = Nodes.start(store)) {
			assertThat(second.getEnvironment().getProperty("spring.datasource.url"))
				.startsWith(TestDatabase.isPostgres() ? "jdbc:postgresql:" : "jdbc:h2:");
			Api api = Nodes.api(second);
			Api.Response claimAfter = api.get(Users.READER, "/api/v1/claims/" + claim);
			assertThat(claimAfter.body().get("status").asText()).isEqualTo(status).isEqualTo("ALLEGED");
			assertThat(claimAfter.body().get("version").asLong()).isEqualTo(2);
			assertThat(api.get(Users.AUDITOR, "/api/v1/claims/" + claim + "/history").raw()).isEqualTo(history);
			Story.created(api.post(Users.EDITOR, "/api/v1/claims/" + claim + "/statements",
					development(id(), "2021-07-21", List.of(), List.of(), "Recorded after the restart")));
			// The board's row moves on from the row stored before the restart.
			Story.created(api.post(Users.EDITOR, "/api/v1/claims/" + claim + "/denials",
					development(id(), "2021-07-22", List.of(vendor), List.of(source), "Denied after the restart")));
			JsonNode row = Eventually
				.until(() -> api.get(Users.READER, "/api/v1/investigations/" + investigation + "/claims")
					.body()
					.path("claims")
					.path(0), (found) -> found.path("version").asLong() == 4, "the board at version 4");
			JsonNode read = api.get(Users.READER, "/api/v1/claims/" + claim).body();
			assertThat(row.get("status").asText()).isEqualTo(read.get("status").asText()).isEqualTo("CONTESTED");
			assertThat(row.get("deniedBy")).extracting(JsonNode::asText).containsExactly(vendor);
			assertThat(row.get("developments")).isEqualTo(read.get("developments"));
			assertThat(row.get("lastOccurredOn").asText()).isEqualTo("2021-07-22");
			assertThat(row.get("statusPath")).extracting(JsonNode::asText)
				.containsExactly("OPEN", "ALLEGED", "CONTESTED");
		}
	}

}
