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
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.newsdesk.tracker.common.OccurredOn;
import org.newsdesk.tracker.application.support.ApiTest;
import org.newsdesk.tracker.application.support.Eventually;
import org.newsdesk.tracker.application.support.Story;
import org.newsdesk.tracker.application.support.Users;

/**
 * Random stories written through the API (seeded: a failure names its seed), then read
 * back: the projected board and timeline equal their folds of the event store, and at
 * random cuts the board agrees, claim by claim, with each claim's own read.
 */
class GeneratedStoriesApiTest extends ApiTest {

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
							List.of(source), "Step " + i, extra(kind, random))));
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
					created(this.api.post(Users.EDITOR, path + "corrections", json("developmentId", developmentId,
							"correctedDevelopmentId", target, "reason", "date", "occurredOn", date(random))));
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
	}

	private static Object[] extra(String kind, Random random) {
		if (!kind.equals("evidence")) {
			return new Object[0];
		}
		String[] bearings = { "SUPPORTS", "CONTRADICTS" };
		String[] strengths = { "INDICATIVE", "STRONG", "CONCLUSIVE" };
		return new Object[] { "bearing", bearings[random.nextInt(2)], "strength", strengths[random.nextInt(3)] };
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
