package org.newsdesk.tracker.application.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.tracker.application.support.Story.development;
import static org.newsdesk.tracker.application.support.Story.id;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.newsdesk.tracker.application.support.Api;
import org.newsdesk.tracker.application.support.Concurrency;
import org.newsdesk.tracker.application.support.ApiTest;
import org.newsdesk.tracker.application.support.Story;
import org.newsdesk.tracker.application.support.Users;

/** Concurrent editors on one claim: every development lands exactly once. */
class ConcurrencyApiTest extends ApiTest {

	@Test
	void eightyConcurrentDevelopmentsOnOneClaimAllLand() throws Exception {
		Story story = new Story(this.api);
		String source = story.source("Leaked list");
		String claim = story.claim(story.investigation("Projet Pegasus"), "Phones of 14 ministers were listed");
		Set<String> developmentIds = new HashSet<>();
		List<Callable<Api.Response>> calls = new ArrayList<>();
		for (int i = 0; i < 80; i++) {
			String developmentId = id();
			developmentIds.add(developmentId);
			String kind = (i % 2 == 0) ? "allegations" : "denials";
			String body = development(developmentId, "2021-07-" + (10 + i % 20), List.of(), List.of(source),
					"Development number " + i);
			calls.add(() -> this.api.post(Users.EDITOR, "/api/v1/claims/" + claim + "/" + kind, body));
		}
		List<Api.Response> responses = Concurrency.concurrently(calls);
		assertThat(responses).allSatisfy((response) -> assertThat(response.status()).as(response.raw()).isEqualTo(201));
		assertThat(responses.stream().map((response) -> response.body().get("version").asLong()).distinct().count())
			.as("each development got a version of its own")
			.isEqualTo(80);
		Concurrency.assertEveryDevelopmentLandedOnce(this.api, claim, developmentIds);
		assertThat(this.api.get(Users.READER, "/api/v1/claims/" + claim).body().get("status").asText())
			.isEqualTo("CONTESTED");
		var verified = this.api.get(Users.AUDITOR, "/api/v1/audit/verify").body();
		assertThat(verified.get("valid").asBoolean()).as("the hash chain holds under concurrent appends: %s", verified)
			.isTrue();
	}

	@Test
	void theSameDevelopmentSentConcurrentlyIsRecordedOnce() throws Exception {
		Story story = new Story(this.api);
		String source = story.source("Leaked list");
		String claim = story.claim(story.investigation("Projet Pegasus"), "The list holds 50,000 numbers");
		String developmentId = id();
		String body = development(developmentId, "2021-07-18", List.of(), List.of(source), "The list is leaked");
		List<Callable<Api.Response>> calls = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			calls.add(() -> this.api.post(Users.EDITOR, "/api/v1/claims/" + claim + "/allegations", body));
		}
		List<Api.Response> responses = Concurrency.concurrently(calls);
		assertThat(responses).extracting(Api.Response::status).containsOnly(200, 201);
		assertThat(responses).filteredOn((response) -> response.status() == 201).hasSize(1);
		assertThat(responses)
			.allSatisfy((response) -> assertThat(response.body().get("version").asLong()).isEqualTo(2));
		Concurrency.assertEveryDevelopmentLandedOnce(this.api, claim, Set.of(developmentId));
	}

	/**
	 * Developments on many claims at once are committed in groups (one transaction for
	 * the commands waiting together); a development id reused on other claims fails its
	 * group, whose commands are then handled one by one: the reuses are refused, the rest
	 * lands once each, and the hash chain holds.
	 */
	@Test
	void developmentsCommittedInGroupsLandOnceAndAReusedIdIsRefused() throws Exception {
		Story story = new Story(this.api);
		String source = story.source("Leaked list");
		String investigation = story.investigation("Projet Pegasus");
		List<String> claims = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			claims.add(story.claim(investigation, "Claim " + i + " about the list"));
		}
		double[] groupsBefore = groups();
		String reused = id();
		List<String> targets = new ArrayList<>();
		List<String> ids = new ArrayList<>();
		List<Callable<Api.Response>> calls = new ArrayList<>();
		for (int i = 0; i < 96; i++) {
			String claim = claims.get(i % claims.size());
			// Four of them, on four claims, carry the same development id.
			String developmentId = (i % 9 == 5 && i < 40) ? reused : id();
			String body = development(developmentId, "2021-07-" + (10 + i % 20), List.of(), List.of(source),
					"Development number " + i);
			targets.add(claim);
			ids.add(developmentId);
			calls.add(() -> this.api.post(Users.EDITOR, "/api/v1/claims/" + claim + "/statements", body));
		}
		List<Api.Response> responses = Concurrency.concurrently(calls);
		Map<String, Set<String>> landed = new HashMap<>();
		claims.forEach((claim) -> landed.put(claim, new HashSet<>()));
		int reusesRefused = 0;
		for (int i = 0; i < responses.size(); i++) {
			Api.Response response = responses.get(i);
			if (ids.get(i).equals(reused) && response.status() == 409) {
				assertThat(response.body().get("detail").asText()).contains(reused);
				reusesRefused++;
				continue;
			}
			assertThat(response.status()).as(response.raw()).isEqualTo(201);
			landed.get(targets.get(i)).add(ids.get(i));
		}
		assertThat(reusesRefused).as("one of the four reuses lands, three are refused").isEqualTo(3);
		for (String claim : claims) {
			Concurrency.assertEveryDevelopmentLandedOnce(this.api, claim, landed.get(claim));
		}
		double[] groupsAfter = groups();
		assertThat(groupsAfter[1] - groupsBefore[1])
			.as("commands committed with others: some groups held more than one command")
			.isGreaterThan(groupsAfter[0] - groupsBefore[0]);
		var verified = this.api.get(Users.AUDITOR, "/api/v1/audit/verify").body();
		assertThat(verified.get("valid").asBoolean()).as("the hash chain holds: %s", verified).isTrue();
	}

	/** How many groups were committed, and how many commands they held. */
	private double[] groups() {
		String metrics = this.api.getText(Users.ADMIN, "/actuator/prometheus").raw();
		return new double[] { metric(metrics, "tracker_commands_group_size_count"),
				metric(metrics, "tracker_commands_group_size_sum") };
	}

	private static double metric(String metrics, String name) {
		Matcher found = Pattern.compile("(?m)^" + name + "(\\{[^}]*})? ([0-9.eE+-]+)$").matcher(metrics);
		assertThat(found.find()).as(name + " in the metrics").isTrue();
		return Double.parseDouble(found.group(2));
	}

}
