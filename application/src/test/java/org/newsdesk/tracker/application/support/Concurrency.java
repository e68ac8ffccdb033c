package org.newsdesk.tracker.application.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Concurrent writers, and the check that each of their developments landed exactly once.
 */
public final class Concurrency {

	private Concurrency() {
	}

	public static List<Api.Response> concurrently(List<Callable<Api.Response>> calls) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(16);
		try {
			List<Future<Api.Response>> futures = pool.invokeAll(calls, 5, TimeUnit.MINUTES);
			List<Api.Response> responses = new ArrayList<>();
			for (Future<Api.Response> future : futures) {
				responses.add(future.get());
			}
			return responses;
		}
		finally {
			pool.shutdownNow();
		}
	}

	public static void assertEveryDevelopmentLandedOnce(Api api, String claim, Set<String> developmentIds) {
		Api.Response claimNow = api.get(Users.READER, "/api/v1/claims/" + claim);
		assertThat(claimNow.body().get("version").asLong()).isEqualTo(developmentIds.size() + 1);
		Api.Response history = api.get(Users.AUDITOR, "/api/v1/claims/" + claim + "/history");
		Set<String> recorded = new HashSet<>();
		List<Long> versions = new ArrayList<>();
		for (JsonNode entry : history.body()) {
			versions.add(entry.get("version").asLong());
			if (!entry.get("developmentId").isNull()) {
				assertThat(recorded.add(entry.get("developmentId").asText())).as("recorded once").isTrue();
			}
		}
		assertThat(recorded).isEqualTo(developmentIds);
		assertThat(versions).isSorted().doesNotHaveDuplicates().hasSize(developmentIds.size() + 1);
	}

}
