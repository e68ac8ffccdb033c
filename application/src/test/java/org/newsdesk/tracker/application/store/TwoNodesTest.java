package org.newsdesk.tracker.application.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.tracker.application.support.Story.development;
import static org.newsdesk.tracker.application.support.Story.id;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsdesk.tracker.application.support.Api;
import org.newsdesk.tracker.application.support.Concurrency;
import org.newsdesk.tracker.application.support.Eventually;
import org.newsdesk.tracker.application.support.Nodes;
import org.newsdesk.tracker.application.support.PostgresAvailable;
import org.newsdesk.tracker.application.support.Story;
import org.newsdesk.tracker.application.support.TestDatabase;
import org.newsdesk.tracker.application.support.Users;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two tracker nodes on different ports share one PostgreSQL database and take
 * developments on the same claim at once; the store's unique (aggregate, sequence) index
 * arbitrates.
 */
@Tag("postgresql")
@ExtendWith(PostgresAvailable.class)
class TwoNodesTest {

	@Test
	void twoNodesAcceptDevelopmentsOnTheSameClaimConcurrently() throws Exception {
		Map<String, String> store = TestDatabase.freshStore();
		try (ConfigurableApplicationContext one = Nodes.start(store);
				ConfigurableApplicationContext two = Nodes.start(store)) {
			Api first = Nodes.api(one);
			Api second = Nodes.api(two);
			Story story = new Story(first);
			String source = story.source("Leaked list");
			String claim = story.claim(story.investigation("Projet Pegasus"), "Phones were infected");
			Set<String> developmentIds = new HashSet<>();
			List<Callable<Api.Response>> calls = new ArrayList<>();
			for (int i = 0; i < 80; i++) {
				String developmentId = id();
				developmentIds.add(developmentId);
				Api node = (i % 2 == 0) ? first : second;
				String body = development(developmentId, "2021-07-29", List.of(), List.of(source), "Node report " + i);
				calls.add(() -> node.post(Users.EDITOR, "/api/v1/claims/" + claim + "/allegations", body));
			}
			List<Api.Response> responses = Concurrency.concurrently(calls);
			assertThat(responses).allSatisfy((r) -> assertThat(r.status()).as(r.raw()).isEqualTo(201));
			Concurrency.assertEveryDevelopmentLandedOnce(second, claim, developmentIds);
			assertThat(first.get(Users.READER, "/api/v1/claims/" + claim).body().get("version").asLong()).isEqualTo(81);
			var verified = second.get(Users.AUDITOR, "/api/v1/audit/verify").body();
			assertThat(verified.get("valid").asBoolean()).as("the chain holds across nodes: %s", verified).isTrue();
			assertThat(verified.get("eventsChecked").asLong()).isGreaterThanOrEqualTo(81);
		}
	}

	/**
	 * A node that has seen an investigation open answers it open from memory, and checks
	 * that answer against the store before committing: once another node has closed the
	 * investigation, this node refuses developments on its claims, alone or committed
	 * together, and accepts them again once it is reopened.
	 */
	@Test
	void anInvestigationClosedOnAnotherNodeRefusesDevelopmentsOnThisOne() throws Exception {
		Map<String, String> store = TestDatabase.freshStore();
		try (ConfigurableApplicationContext one = Nodes.start(store);
				ConfigurableApplicationContext two = Nodes.start(store)) {
			Api first = Nodes.api(one);
			Api second = Nodes.api(two);
			Story story = new Story(first);
			String source = story.source("Leaked list");
			String investigation = story.investigation("Projet Pegasus");
			String claim = story.claim(investigation, "Phones were infected");
			String otherClaim = story.claim(investigation, "The list was leaked");
			assertThat(first
				.post(Users.EDITOR, "/api/v1/claims/" + claim + "/statements",
						development(id(), "2021-07-18", List.of(), List.of(source), "Seen open on node one"))
				.status()).isEqualTo(201);
			assertThat(second.post(Users.EDITOR, "/api/v1/investigations/" + investigation + "/closure", "{}").status())
				.isEqualTo(201);

			Api.Response refused = first.post(Users.EDITOR, "/api/v1/claims/" + claim + "/statements",
					development(id(), "2021-07-19", List.of(), List.of(source), "After the closure"));
			assertThat(refused.status()).as(refused.raw()).isEqualTo(409);
			assertThat(refused.body().get("detail").asText()).contains("is closed");
			List<Callable<Api.Response>> calls = new ArrayList<>();
			for (int i = 0; i < 16; i++) {
				String target = (i % 2 == 0) ? claim : otherClaim;
				String body = development(id(), "2021-07-20", List.of(), List.of(source), "Late report " + i);
				calls.add(() -> first.post(Users.EDITOR, "/api/v1/claims/" + target + "/statements", body));
			}
			assertThat(Concurrency.concurrently(calls))
				.allSatisfy((r) -> assertThat(r.status()).as(r.raw()).isEqualTo(409));
			// Registered (version 1) and the one development before the closure.
			assertThat(first.get(Users.READER, "/api/v1/claims/" + claim).body().get("version").asLong()).isEqualTo(2);
			assertThat(first.get(Users.READER, "/api/v1/claims/" + otherClaim).body().get("version").asLong())
				.isEqualTo(1);

			assertThat(
					second.post(Users.EDITOR, "/api/v1/investigations/" + investigation + "/reopening", "{}").status())
				.isEqualTo(201);
			assertThat(first
				.post(Users.EDITOR, "/api/v1/claims/" + otherClaim + "/statements",
						development(id(), "2021-07-21", List.of(), List.of(source), "Reopened"))
				.status()).isEqualTo(201);
		}
	}

}
