package org.newsdesk.tracker.application.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.tracker.application.support.Story.created;
import static org.newsdesk.tracker.application.support.Story.development;
import static org.newsdesk.tracker.application.support.Story.id;
import static org.newsdesk.tracker.application.support.Story.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.newsdesk.tracker.application.support.Api;
import org.newsdesk.tracker.application.support.ApiTest;
import org.newsdesk.tracker.application.support.Eventually;
import org.newsdesk.tracker.application.support.Story;
import org.newsdesk.tracker.application.support.TestDatabase;
import org.newsdesk.tracker.application.support.Users;
import org.newsdesk.tracker.projections.common.ReadModelIndexes;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * A rebuild from a large store sets the timeline's and the audit's secondary indexes
 * aside and builds them at its end: on PostgreSQL the rebuild does not count as done, and
 * reads of it are refused, until they are back as the migrations made them; the read
 * models come out as they were. Here every rebuild counts as large, and the check that
 * builds the indexes runs only when the test calls it, so the state between is seen. On
 * H2 the indexes stay throughout.
 */
@TestPropertySource(properties = { "tracker.projections.set-aside-indexes-from=0",
		"tracker.projections.index-check-interval=PT1H" })
class RebuildIndexesApiTest extends ApiTest {

	private static final List<String> REBUILT = List.of("timeline", "audit");

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Projections projections;

	@Autowired
	ReadModelIndexes readModelIndexes;

	private Map<String, List<Map<String, Object>>> tables() {
		return Map.of("rm_timeline", this.jdbc.queryForList("select * from rm_timeline order by entry_id"), "rm_audit",
				this.jdbc.queryForList("select * from rm_audit order by global_index"));
	}

	/** The two tables' indexes, with their definitions where the database gives them. */
	private List<Map<String, Object>> indexes() {
		return this.jdbc.queryForList(TestDatabase.isPostgres()
				? "select tablename, indexname, indexdef from pg_indexes"
						+ " where tablename in ('rm_timeline', 'rm_audit') order by indexname"
				: "select table_name, index_name from information_schema.indexes"
						+ " where lower(table_name) in ('rm_timeline', 'rm_audit') order by index_name");
	}

	private JsonNode status(String name) {
		Api.Response response = this.api.get(Users.ADMIN, "/api/v1/admin/projections/" + name);
		assertThat(response.status()).as(response.raw()).isEqualTo(200);
		return response.body();
	}

	@Test
	void theIndexesSetAsideComeBackBeforeTheRebuildCountsAsDone() {
		Story story = new Story(this.api);
		String investigation = story.investigation("Indexed");
		String source = story.source("A source");
		List<String> developments = new ArrayList<>();
		String claim = story.claim(investigation, "A claim");
		for (int i = 0; i < 5; i++) {
			String developmentId = id();
			created(this.api.post(Users.EDITOR, "/api/v1/claims/" + claim + "/allegations",
					development(developmentId, "2021-07-1" + i, List.of(), List.of(source), "Alleged " + i)));
			developments.add(developmentId);
		}
		created(this.api.post(Users.EDITOR, "/api/v1/claims/" + claim + "/corrections", json("developmentId", id(),
				"correctedDevelopmentId", developments.get(1), "reason", "date", "occurredOn", "2021-07-20")));
		created(this.api.post(Users.EDITOR, "/api/v1/claims/" + claim + "/strikes",
				json("developmentId", id(), "struckDevelopmentId", developments.get(2), "reason", "error")));
		Eventually.until(() -> this.api.get(Users.ADMIN, "/api/v1/admin/projections").body(),
				(body) -> body.findValuesAsText("lagEvents").stream().allMatch("0"::equals), "caught up");
		Map<String, List<Map<String, Object>>> before = tables();
		List<Map<String, Object>> indexesBefore = indexes();
		assertThat(indexesBefore).hasSizeGreaterThan(2);
		String timeline = "/api/v1/investigations/" + investigation + "/timeline";
		JsonNode entries = this.api.get(Users.AUDITOR, timeline).body().get("entries");

		for (String name : REBUILT) {
			Api.Response rebuild = this.api.post(Users.ADMIN, "/api/v1/admin/projections/" + name + "/rebuild", null);
			assertThat(rebuild.status()).as(rebuild.raw()).isEqualTo(202);
		}
		if (TestDatabase.isPostgres()) {
			for (String name : REBUILT) {
				JsonNode applied = Eventually.until(() -> status(name),
						(status) -> status.get("position").asLong() >= status.get("head").asLong(),
						name + " has applied every event");
				assertThat(applied.get("state").asText()).as(applied.toString()).isEqualTo("REBUILDING");
				assertThat(applied.get("progressPercent").asDouble()).isEqualTo(100.0);
				assertThat(applied.get("rebuildCompletedAt").isNull()).isTrue();
			}
			assertThat(indexes()).extracting((row) -> row.get("indexname"))
				.as("only the primary keys are kept while the rows go in")
				.containsExactlyInAnyOrder("pk_rm_audit", "pk_rm_timeline");
			assertThat(this.jdbc.queryForObject("select count(*) from read_model_index_set_aside", Integer.class))
				.isEqualTo(indexesBefore.size() - 2);
			Api.Response refused = this.api.get(Users.AUDITOR, timeline);
			assertThat(refused.status()).as(refused.raw()).isEqualTo(503);
			assertThat(refused.body().get("type").asText()).endsWith("rebuilding");

			this.projections.finishRebuilds();
			assertThat(indexes()).as("built again as the migrations made them").isEqualTo(indexesBefore);
			assertThat(this.jdbc.queryForObject("select count(*) from read_model_index_set_aside", Integer.class))
				.isZero();
		}
		for (String name : REBUILT) {
			JsonNode done = Eventually.until(() -> status(name), (status) -> !status.get("rebuildCompletedAt").isNull()
					&& "RUNNING".equals(status.get("state").asText()), name + " rebuilt");
			assertThat(done.get("lagEvents").asLong()).isZero();
		}
		assertThat(tables()).isEqualTo(before);
		assertThat(indexes()).isEqualTo(indexesBefore);
		Api.Response read = this.api.get(Users.AUDITOR, timeline);
		assertThat(read.status()).as(read.raw()).isEqualTo(200);
		assertThat(read.body().get("entries")).isEqualTo(entries);
	}

	@Test
	void indexesSetAsideWithNoRebuildWaitingAreBuiltAtTheNextCheck() {
		List<Map<String, Object>> before = indexes();
		// As a tracker stopped between a reset and its rebuild's end would leave them, or
		// a reset made other than through the admin API. H2 never sets them aside.
		int setAside = this.readModelIndexes.setAsideForRebuild("rm_audit");
		assertThat(setAside).isEqualTo(TestDatabase.isPostgres() ? 3 : 0);
		assertThat(indexes()).hasSize(before.size() - setAside);
		this.projections.finishRebuilds();
		assertThat(indexes()).isEqualTo(before);
	}

}
