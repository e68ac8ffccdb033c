package org.newsdesk.tracker.application.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.tracker.application.support.Story.created;
import static org.newsdesk.tracker.application.support.Story.development;
import static org.newsdesk.tracker.application.support.Story.id;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.newsdesk.tracker.application.support.Api;
import org.newsdesk.tracker.application.support.ApiTest;
import org.newsdesk.tracker.application.support.Eventually;
import org.newsdesk.tracker.application.support.Story;
import org.newsdesk.tracker.application.support.TestDatabase;
import org.newsdesk.tracker.application.support.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Projection operations for admins: status, lag, and rebuilds that give back the same
 * read models.
 */
class ProjectionsAdminApiTest extends ApiTest {

	@Autowired
	JdbcTemplate jdbc;

	private JsonNode statuses() {
		Api.Response response = this.api.get(Users.ADMIN, "/api/v1/admin/projections");
		assertThat(response.status()).as(response.raw()).isEqualTo(200);
		return response.body();
	}

	private JsonNode caughtUp() {
		return Eventually.until(this::statuses, (body) -> {
			for (JsonNode projection : body) {
				if (!projection.get("state").asText().equals("RUNNING") || projection.get("lagEvents").asLong() != 0) {
					return false;
				}
			}
			return body.size() == 4;
		}, "caught up");
	}

	private Map<String, List<Map<String, Object>>> tables() {
		return Map.of("rm_claim", this.jdbc.queryForList("select * from rm_claim order by claim_id"),
				"rm_investigation", this.jdbc.queryForList("select * from rm_investigation order by investigation_id"),
				"rm_timeline", this.jdbc.queryForList("select * from rm_timeline order by entry_id"), "rm_audit",
				this.jdbc.queryForList("select * from rm_audit order by global_index"));
	}

	@Test
	void projectionsReportPositionHeadAndLag() {
		new Story(this.api).investigation("Tracked");
		JsonNode all = caughtUp();
		assertThat(all.findValuesAsText("name")).containsExactly("board", "timeline", "registers", "audit");
		for (JsonNode projection : all) {
			assertThat(projection.get("position").asLong()).isEqualTo(projection.get("head").asLong());
			assertThat(projection.get("lagSeconds").asDouble()).isZero();
		}
		assertThat(this.api.get(Users.ADMIN, "/api/v1/admin/projections/nope").status()).isEqualTo(404);
		assertThat(this.api.get(Users.AUDITOR, "/api/v1/admin/projections").status()).isEqualTo(403);
		assertThat(this.api.post(Users.EDITOR, "/api/v1/admin/projections/board/rebuild", null).status())
			.isEqualTo(403);
		String metrics = this.api.getText(Users.ADMIN, "/actuator/prometheus").raw();
		assertThat(metrics).contains("tracker_projection_lag_events{projection=\"board\"}",
				"tracker_projection_lag_seconds{projection=\"timeline\"}");
	}

	@Test
	void aRebuildGivesBackIdenticalReadModelsWhileWritesGoOn() throws Exception {
		Story story = new Story(this.api);
		String investigation = story.investigation("Rebuilt");
		String source = story.source("A source");
		List<String> claims = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			String claim = story.claim(investigation, "Claim " + i);
			claims.add(claim);
			created(this.api.post(Users.EDITOR, "/api/v1/claims/" + claim + "/allegations",
					development(id(), "2021-07-1" + i, List.of(), List.of(source), "Alleged " + i)));
		}
		caughtUp();
		Map<String, List<Map<String, Object>>> before = tables();
		String indexCount = "select count(*) from pg_indexes where tablename in ('rm_timeline', 'rm_audit')";
		Integer indexes = TestDatabase.isPostgres() ? this.jdbc.queryForObject(indexCount, Integer.class) : null;
		for (String name : List.of("board", "timeline", "registers", "audit")) {
			Api.Response rebuild = this.api.post(Users.ADMIN, "/api/v1/admin/projections/" + name + "/rebuild", null);
			assertThat(rebuild.status()).as(rebuild.raw()).isEqualTo(202);
		}
		caughtUp();
		assertThat(tables()).isEqualTo(before);
		for (JsonNode projection : statuses()) {
			assertThat(projection.get("rebuildCompletedAt").isNull()).as(projection.toString()).isFalse();
		}
		if (TestDatabase.isPostgres()) {
			assertThat(this.jdbc.queryForObject(indexCount, Integer.class))
				.as("a small store's rebuild keeps its indexes throughout")
				.isEqualTo(indexes)
				.isGreaterThan(2);
			assertThat(this.jdbc.queryForObject("select count(*) from read_model_index_set_aside", Integer.class))
				.isZero();
		}

		AtomicBoolean writing = new AtomicBoolean(true);
		ExecutorService writer = Executors.newSingleThreadExecutor();
		Future<Integer> written = writer.submit(() -> {
			int count = 0;
			while (writing.get() && count < 200) {
				String claim = claims.get(count % claims.size());
				created(this.api.post(Users.EDITOR, "/api/v1/claims/" + claim + "/denials",
						development(id(), "2021-07-2" + (count % 9), List.of(), List.of(source), "Denied " + count)));
				count++;
			}
			return count;
		});
		try {
			Eventually.until(() -> this.jdbc
				.queryForObject("select count(*) from rm_timeline where type = 'DenialRecorded'", Integer.class),
					(count) -> count >= 3, "writes under way");
			for (String name : List.of("board", "timeline", "registers", "audit")) {
				assertThat(this.api.post(Users.ADMIN, "/api/v1/admin/projections/" + name + "/rebuild", null).status())
					.isEqualTo(202);
			}
			Api.Response duringRebuild = this.api.get(Users.READER,
					"/api/v1/investigations/" + investigation + "/claims");
			assertThat(duringRebuild.status()).isIn(200, 503);
			if (duringRebuild.status() == 503) {
				assertThat(duringRebuild.body().get("type").asText()).endsWith("rebuilding");
				assertThat(duringRebuild.headers().firstValue("Retry-After")).isPresent();
			}
		}
		finally {
			writing.set(false);
			assertThat(written.get(2, TimeUnit.MINUTES)).isPositive();
			writer.shutdownNow();
		}
		caughtUp();
		JsonNode board = this.api.get(Users.AUDITOR, "/api/v1/investigations/" + investigation + "/claims").body();
		JsonNode folded = this.api
			.get(Users.AUDITOR, "/api/v1/investigations/" + investigation + "/claims?knownAt=2100-01-01T00:00:00Z")
			.body();
		assertThat(board.get("claims")).isEqualTo(folded.get("claims"));
		assertThat(board.get("claims").findValuesAsText("status")).containsOnly("CONTESTED");
		JsonNode timeline = this.api.get(Users.AUDITOR, "/api/v1/investigations/" + investigation + "/timeline").body();
		JsonNode foldedTimeline = this.api
			.get(Users.AUDITOR, "/api/v1/investigations/" + investigation + "/timeline?knownAt=2100-01-01T00:00:00Z")
			.body();
		assertThat(timeline.get("entries")).isEqualTo(foldedTimeline.get("entries"));
		Long events = this.jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
		assertThat(this.jdbc.queryForObject("select count(*) from rm_audit", Long.class)).isEqualTo(events);
	}

}
