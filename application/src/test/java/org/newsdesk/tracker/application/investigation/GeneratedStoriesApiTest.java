package org.newsdesk.tracker.application.investigation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.tracker.application.support.Story.created;
import static org.newsdesk.tracker.application.support.Story.development;
import static org.newsdesk.tracker.application.support.Story.id;
import static org.newsdesk.tracker.application.support.Story.json;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.newsdesk.tracker.common.OccurredOn;
import org.newsdesk.tracker.application.support.Api;
import org.newsdesk.tracker.application.support.ApiTest;
import org.newsdesk.tracker.application.support.Eventually;
import org.newsdesk.tracker.application.support.Story;
import org.newsdesk.tracker.application.store.ProjectionEventSource;
import org.newsdesk.tracker.application.support.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Random stories written through the API (seeded: a failure names its seed), then read
 * back: the projected board and timeline equal their folds of the event store, and at
 * random cuts the board agrees, claim by claim, with each claim's own read. Then every
 * projection is rebuilt, in batches that hold many developments with the corrections and
 * strikes of them, and gives back exactly the read models it kept one development at a
 * time.
 */
class GeneratedStoriesApiTest extends ApiTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ProjectionEventSource events;

	private static final int SEEDS = 5;

	@Test
	void boardAndTimelineAgreeWithTheFoldAtRandomCuts() {
		for (long seed = 1; seed <= SEEDS; seed++) {
			Random random = new Random(seed);
			Story story = new Story(this.api);
			String investigation = story.investigation("Generated " + seed);
			String party = story.party("Somebody", "PERSON");
			String source = story.source("Something");
			List<String> claims = new ArrayList<>();
			for (int c = 0; c <= random.nextInt(3); c++) {
				claims.add(story.claim(investigation, "Claim " + c));
			}
			Map<String, List<String>> live = new HashMap<>();
			Map<String, String> kinds = new HashMap<>();
			Set<String> retracted = new HashSet<>();
			int steps = 6 + random.nextInt(10);
			for (int i = 0; i < steps; i++) {
				String claim = claims.get(random.nextInt(claims.size()));
				List<String> developments = live.computeIfAbsent(claim, (key) -> new ArrayList<>());
				String path = "/api/v1/claims/" + claim + "/";
				String developmentId = id();
				int choice = random.nextInt(100);
				String date = date(random);
				if (choice < 55 || developments.isEmpty()) {
					String[] kindsOf = { "allegations", "denials", "evidence", "statements" };
					String kind = kindsOf[random.nextInt(kindsOf.length)];
					created(this.api.post(Users.EDITOR, path + kind, development(developmentId, date, List.of(party),
							List.of(source), "Step " + i, extra(kind, random, i))));
					developments.add(developmentId);
					kinds.put(developmentId, kind);
				}
				else if (choice < 70) {
					List<String> retractable = developments.stream().filter((d) -> !retracted.contains(d)).toList();
					if (retractable.isEmpty()) {
						continue;
					}
					String target = retractable.get(random.nextInt(retractable.size()));
					created(this.api.post(Users.EDITOR, path + "retractions", development(developmentId, date,
							List.of(party), List.of(), "Withdrawn " + i, "retractedDevelopmentId", target)));
					retracted.add(target);
				}
				else if (choice < 85) {
					String target = developments.get(random.nextInt(developments.size()));
					created(this.api.post(Users.EDITOR, path + "corrections",
							random.nextBoolean()
									? json("developmentId", developmentId, "correctedDevelopmentId", target, "reason",
											"date", "occurredOn", date(random))
									: json("developmentId", developmentId, "correctedDevelopmentId", target, "reason",
											"figures", "summary", "Corrected at " + i, "figures", figures(random, i))));
				}
				else {
					String target = developments.remove(random.nextInt(developments.size()));
					created(this.api.post(Users.EDITOR, path + "strikes",
							json("developmentId", developmentId, "struckDevelopmentId", target, "reason", "error")));
					retracted.remove(target);
				}
			}
			Eventually.until(() -> this.api.get(Users.ADMIN, "/api/v1/admin/projections").body(),
					(body) -> body.findValuesAsText("lagEvents").stream().allMatch("0"::equals), "caught up");
			String where = "seed " + seed;
			String base = "/api/v1/investigations/" + investigation;
			JsonNode board = this.api.get(Users.AUDITOR, base + "/claims").body();
			assertThat(board.get("claims")).as(where)
				.isEqualTo(this.api.get(Users.AUDITOR, base + "/claims?knownAt=2100-01-01T00:00:00Z")
					.body()
					.get("claims"));
			JsonNode timeline = this.api.get(Users.AUDITOR, base + "/timeline").body();
			assertThat(timeline.get("entries")).as(where)
				.isEqualTo(this.api.get(Users.AUDITOR, base + "/timeline?knownAt=2100-01-01T00:00:00Z")
					.body()
					.get("entries"));
			List<String> recorded = this.api
				.get(Users.AUDITOR, "/api/v1/audit/log?limit=500&investigationId=" + investigation)
				.body()
				.get("entries")
				.findValuesAsText("recordedAt");
			for (int c = 0; c < 4; c++) {
				String knownAt = random.nextBoolean() ? recorded.get(random.nextInt(recorded.size())) : null;
				String asOf = random.nextBoolean() ? date(random) : null;
				String query = "?" + ((knownAt != null) ? "knownAt=" + knownAt + "&" : "")
						+ ((asOf != null) ? "asOf=" + asOf : "");
				String at = where + ", cut " + query;
				JsonNode cutBoard = this.api.get(Users.AUDITOR, base + "/claims" + query).body();
				for (JsonNode row : cutBoard.get("claims")) {
					JsonNode claim = this.api
						.get(Users.AUDITOR, "/api/v1/claims/" + row.get("claimId").asText() + query)
						.body();
					assertThat(row.get("status")).as(at).isEqualTo(claim.get("status"));
					assertThat(row.get("version")).as(at).isEqualTo(claim.get("version"));
					assertThat(row.get("allegedBy")).as(at).isEqualTo(claim.get("allegedBy"));
					assertThat(row.get("deniedBy")).as(at).isEqualTo(claim.get("deniedBy"));
				}
				for (JsonNode entry : this.api.get(Users.AUDITOR, base + "/timeline" + query).body().get("entries")) {
					if (knownAt != null) {
						assertThat(Instant.parse(entry.get("recordedAt").asText())).as(at)
							.isBeforeOrEqualTo(Instant.parse(knownAt));
					}
					if (asOf != null) {
						OccurredOn occurred = OccurredOn.parse(entry.get("occurredOn").asText());
						assertThat(occurred.happenedBefore(OccurredOn.parse(asOf).end())).as(at + ", " + occurred)
							.isTrue();
					}
				}
			}
		}
		// The same developments corrected and struck again and again: a rebuild meets
		// them all in one batch.
		Story story = new Story(this.api);
		String claim = story.claim(story.investigation("Corrected again"), "Claim");
		String party = story.party("Somebody else", "PERSON");
		String source = story.source("Something else");
		Random random = new Random(99);
		List<String> developments = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			String developmentId = id();
			created(this.api.post(Users.EDITOR, "/api/v1/claims/" + claim + "/evidence",
					development(developmentId, "2021-07-1" + i, List.of(party), List.of(source), "Evidence " + i,
							"bearing", "SUPPORTS", "strength", "STRONG", "figures", figures(random, i))));
			developments.add(developmentId);
		}
		for (int round = 0; round < 3; round++) {
			for (String target : developments) {
				created(this.api.post(Users.EDITOR, "/api/v1/claims/" + claim + "/corrections",
						json("developmentId", id(), "correctedDevelopmentId", target, "reason", "round " + round,
								"summary", "Corrected " + round, "occurredOn", date(random), "figures",
								figures(random, round))));
			}
		}
		created(this.api.post(Users.EDITOR, "/api/v1/claims/" + claim + "/strikes",
				json("developmentId", id(), "struckDevelopmentId", developments.get(0), "reason", "error")));
		Map<String, List<Map<String, Object>>> kept = caughtUpReadModels();
		assertThat(kept.get("rm_figure order by development_id, position")).isNotEmpty();
		rebuildEveryProjectionAndFind(kept);
	}

	/**
	 * A story far longer than a projection's stream may run ahead of its processor (1,000
	 * events): while every projection is rebuilt, their streams are held back and called
	 * on again, and the rebuild gives back exactly the rows kept one development at a
	 * time.
	 */
	@Test
	void aRebuildHeldBackAgainAndAgainGivesBackTheSameRows() {
		Story story = new Story(this.api);
		String claim = story.claim(story.investigation("A long story"), "A long claim");
		String party = story.party("Someone", "PERSON");
		String source = story.source("Some report");
		Random random = new Random(2021);
		List<String> developments = new ArrayList<>();
		for (int i = 0; i < 2000; i++) {
			String path = "/api/v1/claims/" + claim + "/";
			if (i % 40 == 39) {
				created(this.api.post(Users.EDITOR, path + "corrections",
						json("developmentId", id(), "correctedDevelopmentId",
								developments.get(random.nextInt(developments.size())), "reason", "step " + i, "summary",
								"Corrected at step " + i)));
				continue;
			}
			String kind = List.of("allegations", "denials", "evidence", "statements").get(random.nextInt(4));
			String developmentId = id();
			created(this.api.post(Users.EDITOR, path + kind, development(developmentId, date(random), List.of(party),
					List.of(source), "Development " + i, extra(kind, random, i))));
			developments.add(developmentId);
		}
		Map<String, List<Map<String, Object>>> kept = caughtUpReadModels();
		long holds = this.events.holds();
		rebuildEveryProjectionAndFind(kept);
		assertThat(this.events.holds()).as("streams held back during the rebuild").isGreaterThan(holds);
	}

	private static Object[] extra(String kind, Random random, int step) {
		List<Object> extra = new ArrayList<>();
		if (kind.equals("evidence")) {
			String[] bearings = { "SUPPORTS", "CONTRADICTS" };
			String[] strengths = { "INDICATIVE", "STRONG", "CONCLUSIVE" };
			extra.addAll(List.of("bearing", bearings[random.nextInt(2)], "strength", strengths[random.nextInt(3)]));
		}
		if (random.nextInt(3) == 0) {
			extra.addAll(List.of("figures", figures(random, step)));
		}
		return extra.toArray();
	}

	private static List<Map<String, Object>> figures(Random random, int step) {
		List<Map<String, Object>> figures = new ArrayList<>();
		for (int f = 0; f <= random.nextInt(2); f++) {
			figures.add(Map.of("value", 10 + random.nextInt(90), "unit", "phones", "label", "count " + step,
					"approximate", random.nextBoolean()));
		}
		return figures;
	}

	/** Every read model once the projections have caught up. */
	private Map<String, List<Map<String, Object>>> caughtUpReadModels() {
		Eventually.until(() -> this.api.get(Users.ADMIN, "/api/v1/admin/projections").body(),
				(body) -> body.findValuesAsText("lagEvents").stream().allMatch("0"::equals), "caught up");
		return readModels();
	}

	/** Rebuilds every projection and requires exactly the rows {@code kept} back. */
	private void rebuildEveryProjectionAndFind(Map<String, List<Map<String, Object>>> kept) {
		rebuildEveryProjection();
		Map<String, List<Map<String, Object>>> rebuilt = readModels();
		for (String table : kept.keySet()) {
			assertThat(rebuilt.get(table)).as(table).isEqualTo(kept.get(table));
		}
	}

	/** Every read model, row by row in a fixed order. */
	private Map<String, List<Map<String, Object>>> readModels() {
		Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
		for (String table : List.of("rm_investigation order by investigation_id", "rm_claim order by claim_id",
				"rm_timeline order by entry_id", "rm_figure order by development_id, position",
				"rm_audit order by global_index", "rm_party order by party_id", "rm_source order by source_id")) {
			tables.put(table, this.jdbc.queryForList("select * from " + table));
		}
		return tables;
	}

	private void rebuildEveryProjection() {
		Map<String, String> completed = new HashMap<>();
		for (JsonNode projection : this.api.get(Users.ADMIN, "/api/v1/admin/projections").body()) {
			completed.put(projection.get("name").asText(), projection.get("rebuildCompletedAt").asText());
		}
		for (String name : completed.keySet()) {
			Api.Response rebuild = this.api.post(Users.ADMIN, "/api/v1/admin/projections/" + name + "/rebuild", null);
			assertThat(rebuild.status()).as(rebuild.raw()).isEqualTo(202);
		}
		Eventually.until(() -> this.api.get(Users.ADMIN, "/api/v1/admin/projections").body(), (body) -> {
			for (JsonNode projection : body) {
				String name = projection.get("name").asText();
				if (!projection.get("state").asText().equals("RUNNING") || projection.get("lagEvents").asLong() != 0
						|| projection.get("rebuildCompletedAt").isNull()
						|| projection.get("rebuildCompletedAt").asText().equals(completed.get(name))) {
					return false;
				}
			}
			return true;
		}, "rebuilt and caught up");
	}

	private static String date(Random random) {
		String day = LocalDate.of(2021, 7, 1).plusDays(random.nextInt(60)).toString();
		return switch (random.nextInt(3)) {
			case 0 -> day.substring(0, 7);
			case 1 -> day;
			default -> "2021";
		};
	}

}
