package org.newsdesk.tracker.application.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

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
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A projection that cannot write an event's row does not go on without it: it shows
 * ERROR, keeps its position, and applies the event once it can.
 */
@Tag("database")
@ExtendWith(PostgresAvailable.class)
class ProjectionFailureTest {

	@Test
	void aProjectionThatCannotWriteAnEventStopsAndAppliesItLater() {
		try (ConfigurableApplicationContext node = Nodes.start(TestDatabase.freshStore())) {
			Api api = Nodes.api(node);
			JdbcTemplate jdbc = node.getBean(JdbcTemplate.class);
			Story story = new Story(api);
			story.source("Leaked list");
			Eventually.until(() -> titles(api), (titles) -> titles.contains("Leaked list"), "the first source listed");
			// The register's table refuses one title, as a full disk or a broken column
			// would refuse every row.
			jdbc.execute("alter table rm_source add constraint held_back check (title <> 'Held back')");
			story.source("Held back");
			JsonNode failing = Eventually.until(() -> registers(api),
					(registers) -> "ERROR".equals(registers.path("state").asText()), "the registers in ERROR");
			assertThat(failing.path("lagEvents").asLong()).isGreaterThan(0);
			assertThat(failing.path("failure").asText()).contains("SourceRegistered").containsIgnoringCase("held_back");
			assertThat(titles(api)).doesNotContain("Held back");
			assertThat(api.getText(Users.ADMIN, "/actuator/prometheus").raw())
				.containsPattern("tracker_projection_failures_total\\{[^}]*projection=\"registers\"[^}]*\\} [1-9]");

			jdbc.execute("alter table rm_source drop constraint held_back");
			Eventually.until(() -> titles(api), (titles) -> titles.contains("Held back"),
					"the held-back source listed");
			JsonNode recovered = Eventually.until(() -> registers(api),
					(registers) -> "RUNNING".equals(registers.path("state").asText())
							&& registers.path("lagEvents").asLong() == 0,
					"the registers running and caught up");
			assertThat(recovered.path("position").asLong()).isEqualTo(recovered.path("head").asLong());
			assertThat(recovered.path("failure").isNull()).isTrue();
			assertThat(titles(api)).containsOnlyOnce("Leaked list", "Held back");
		}
	}

	/**
	 * A rebuild that a failure holds up part-way leaves its tables incomplete: reads of
	 * it stay refused, saying so, until the rebuild can finish; they are not answered
	 * from the half-built tables.
	 */
	@Test
	void aRebuildHeldUpByAFailureKeepsItsReadsRefusedUntilItFinishes() {
		try (ConfigurableApplicationContext node = Nodes.start(TestDatabase.freshStore())) {
			Api api = Nodes.api(node);
			JdbcTemplate jdbc = node.getBean(JdbcTemplate.class);
			Story story = new Story(api);
			story.source("Leaked list");
			story.source("Held back");
			story.source("Forensic report");
			Eventually.until(() -> titles(api), (titles) -> titles.size() == 3, "the three sources listed");
			// The rows already there stay; a rebuild writing them again meets the check.
			jdbc.execute("alter table rm_source add constraint held_back check (title <> 'Held back') "
					+ (TestDatabase.isPostgres() ? "not valid" : "nocheck"));

			assertThat(api.post(Users.ADMIN, "/api/v1/admin/projections/registers/rebuild", null).status())
				.isEqualTo(202);
			JsonNode held = Eventually.until(() -> registers(api),
					(registers) -> "ERROR".equals(registers.path("state").asText()), "the registers' rebuild in ERROR");
			assertThat(held.path("rebuildCompletedAt").isNull()).isTrue();
			assertThat(held.path("progressPercent").asDouble()).isLessThan(100.0);
			assertThat(held.path("failure").asText()).containsIgnoringCase("held_back");
			Api.Response refused = api.get(Users.READER, "/api/v1/sources");
			assertThat(refused.status()).isEqualTo(503);
			assertThat(refused.body().path("type").asText()).endsWith("rebuilding");
			assertThat(refused.body().path("projection").asText()).isEqualTo("registers");
			assertThat(refused.body().path("heldUp").asBoolean()).isTrue();
			assertThat(refused.body().path("detail").asText()).contains("held up by a failure");
			assertThat(refused.headers().firstValue("Retry-After")).hasValue("60");
			// What the reader is not shown: the half-built table, which lacks a source.
			assertThat(jdbc.queryForList("select title from rm_source", String.class)).doesNotContain("Held back");

			jdbc.execute("alter table rm_source drop constraint held_back");
			JsonNode done = Eventually.until(() -> registers(api),
					(registers) -> "RUNNING".equals(registers.path("state").asText())
							&& !registers.path("rebuildCompletedAt").isNull(),
					"the registers' rebuild done");
			assertThat(done.path("failure").isNull()).isTrue();
			assertThat(titles(api)).containsExactlyInAnyOrder("Leaked list", "Held back", "Forensic report");
		}
	}

	private static JsonNode registers(Api api) {
		return api.get(Users.ADMIN, "/api/v1/admin/projections/registers").body();
	}

	private static List<String> titles(Api api) {
		List<String> titles = new ArrayList<>();
		api.get(Users.READER, "/api/v1/sources").body().forEach((source) -> titles.add(source.path("title").asText()));
		return titles;
	}

}
