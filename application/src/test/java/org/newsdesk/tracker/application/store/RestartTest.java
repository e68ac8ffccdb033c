package org.newsdesk.tracker.application.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.tracker.application.support.Story.development;
import static org.newsdesk.tracker.application.support.Story.id;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsdesk.tracker.application.support.Api;
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
		String status;
		String history;
		try (ConfigurableApplicationContext first = Nodes.start(store)) {
			Api api = Nodes.api(first);
			Story story = new Story(api);
			String source = story.source("Leaked list");
			claim = story.claim(story.investigation("Projet Pegasus"), "A claim");
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
		}
	}

}
