package org.newsdesk.tracker.application.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.tracker.application.support.Story.development;
import static org.newsdesk.tracker.application.support.Story.id;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.newsdesk.tracker.application.support.Api;
import org.newsdesk.tracker.application.support.ApiTest;
import org.newsdesk.tracker.application.support.Eventually;
import org.newsdesk.tracker.application.support.Story;
import org.newsdesk.tracker.application.support.Users;

/**
 * The raw event log for auditors: every event with who recorded it, filterable and paged.
 */
class AuditLogApiTest extends ApiTest {

	@Test
	void theLogListsEveryEventOfAnInvestigationWithItsMetadataInPages() {
		Story story = new Story(this.api);
		String investigation = story.investigation("Audited");
		String source = story.source("A source");
		String claim = story.claim(investigation, "A claim");
		String developmentId = id();
		this.api.post(Users.EDITOR, "/api/v1/claims/" + claim + "/allegations",
				development(developmentId, "2021", List.of(), List.of(source), "Alleged"),
				Map.of("X-Request-Id", "audit-req-1"));
		String path = "/api/v1/audit/log?investigationId=" + investigation;
		JsonNode all = Eventually.until(() -> this.api.get(Users.AUDITOR, path).body(),
				(body) -> body.path("entries").size() == 3, "logged");
		assertThat(all.get("entries").findValuesAsText("type")).containsExactly("InvestigationOpened",
				"ClaimRegistered", "AllegationRecorded");
		JsonNode allegation = all.get("entries").get(2);
		assertThat(allegation.get("recordedBy").asText()).isEqualTo(Users.EDITOR);
		assertThat(allegation.get("requestId").asText()).isEqualTo("audit-req-1");
		assertThat(allegation.get("developmentId").asText()).isEqualTo(developmentId);
		assertThat(allegation.get("aggregateIdentifier").asText()).isEqualTo(claim);
		assertThat(allegation.get("sequenceNumber").asLong()).isEqualTo(1);
		assertThat(all.get("nextAfter").isNull()).isTrue();

		JsonNode firstPage = this.api.get(Users.AUDITOR, path + "&limit=2").body();
		assertThat(firstPage.get("entries")).hasSize(2);
		long after = firstPage.get("nextAfter").asLong();
		JsonNode secondPage = this.api.get(Users.AUDITOR, path + "&limit=2&after=" + after).body();
		assertThat(secondPage.get("entries").findValuesAsText("type")).containsExactly("AllegationRecorded");

		assertThat(this.api.get(Users.AUDITOR, "/api/v1/audit/log?user=nobody").body().get("entries")).isEmpty();
		assertThat(this.api.get(Users.AUDITOR, path + "&from=2100-01-01T00:00:00Z").body().get("entries")).isEmpty();
		Api.Response bad = this.api.get(Users.AUDITOR, "/api/v1/audit/log?from=yesterday&limit=0");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.body().get("errors").findValuesAsText("field")).containsExactly("from", "limit");
		assertThat(this.api.get(Users.READER, path).status()).isEqualTo(403);
		assertThat(this.api.get(Users.EDITOR, path).status()).isEqualTo(403);
		assertThat(this.api.get(Users.ADMIN, path).status()).isEqualTo(200);
	}

}
