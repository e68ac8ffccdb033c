package org.newsdesk.tracker.application.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.tracker.application.support.Story.id;
import static org.newsdesk.tracker.application.support.Story.json;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.tracker.application.support.Api;
import org.newsdesk.tracker.application.support.ApiTest;
import org.newsdesk.tracker.application.support.Story;
import org.newsdesk.tracker.application.support.Users;

/** Vendor-client relationships and proceedings over HTTP, with the rules they follow. */
class ClientAndProceedingApiTest extends ApiTest {

	private String investigation;

	private String vendor;

	private String client;

	private String source;

	@BeforeEach
	void story() {
		Story story = new Story(this.api);
		this.investigation = story.investigation("Projet Pegasus");
		this.vendor = story.party("NSO Group", "COMPANY");
		this.client = story.party("Unnamed government clients", "GROUP");
		this.source = story.source("An employee speaks to a radio network");
	}

	private Api.Response act(String action, String occurredOn) {
		return this.api.post(Users.EDITOR, "/api/v1/vendors/" + this.vendor + "/clients/" + this.client + "/" + action,
				json("developmentId", id(), "investigationId", this.investigation, "occurredOn", occurredOn,
						"sourceIds", List.of(this.source), "summary", "The vendor acts: " + action, "reason",
						"internal inquiry"));
	}

	@Test
	void aClientIsSuspendedReinstatedAndTerminatedInOrder() {
		Api.Response reinstateFirst = act("reinstatements", "2021-07-28");
		assertThat(reinstateFirst.status()).isEqualTo(409);
		assertThat(reinstateFirst.body().get("detail").asText()).contains("only a suspended client can be reinstated");
		assertThat(act("suspensions", "2021-07-29").body().get("version").asLong()).isEqualTo(1);
		Api.Response suspendTwice = act("suspensions", "2021-07-30");
		assertThat(suspendTwice.status()).isEqualTo(409);
		assertThat(act("reinstatements", "2021-08").body().get("version").asLong()).isEqualTo(2);
		assertThat(act("terminations", "2021-09").body().get("version").asLong()).isEqualTo(3);
		for (String action : List.of("suspensions", "reinstatements", "terminations")) {
			Api.Response after = act(action, "2021-10");
			assertThat(after.status()).as(action).isEqualTo(409);
			assertThat(after.body().get("detail").asText()).contains("terminated");
		}
		Api.Response unknownClient = this.api.post(Users.EDITOR,
				"/api/v1/vendors/" + this.vendor + "/clients/" + id() + "/suspensions",
				json("investigationId", this.investigation, "occurredOn", "2021", "summary", "x"));
		assertThat(unknownClient.status()).isEqualTo(422);
		Api.Response missingInvestigation = this.api.post(Users.EDITOR,
				"/api/v1/vendors/" + this.vendor + "/clients/" + this.client + "/suspensions",
				json("occurredOn", "2021", "summary", "x"));
		assertThat(missingInvestigation.status()).isEqualTo(400);
		assertThat(missingInvestigation.body().get("errors").findValuesAsText("field"))
			.containsExactly("investigationId");
	}

	@Test
	void aProceedingTakesDevelopmentsUntilItCloses() {
		String proceeding = id();
		Api.Response opened = this.api.post(Users.EDITOR,
				"/api/v1/investigations/" + this.investigation + "/proceedings",
				json("proceedingId", proceeding, "kind", "OFFICIAL_INVESTIGATION", "title",
						"Paris prosecutor's inquiry", "initiatorPartyIds", List.of(), "targetPartyIds",
						List.of(this.vendor), "venue", "Paris", "occurredOn", "2021-07-20", "sourceIds",
						List.of(this.source), "summary", "Prosecutors open an inquiry"));
		assertThat(opened.status()).as(opened.raw()).isEqualTo(201);
		assertThat(opened.headers().firstValue("Location")).hasValue("/api/v1/proceedings/" + proceeding);
		String path = "/api/v1/proceedings/" + proceeding;
		assertThat(this.api
			.post(Users.EDITOR, path + "/developments",
					json("occurredOn", "2021-07-29", "summary", "Officials visit the company"))
			.body()
			.get("version")
			.asLong()).isEqualTo(2);
		assertThat(this.api
			.post(Users.EDITOR, path + "/closure",
					json("occurredOn", "2022", "summary", "The inquiry ends", "outcome", "Referred to a judge"))
			.status()).isEqualTo(201);
		Api.Response late = this.api.post(Users.EDITOR, path + "/developments",
				json("occurredOn", "2022-02", "summary", "Too late"));
		assertThat(late.status()).isEqualTo(409);
		assertThat(late.body().get("detail").asText()).contains("is closed");
		Api.Response noOutcome = this.api.post(Users.EDITOR, path + "/closure",
				json("occurredOn", "2022", "summary", "x"));
		assertThat(noOutcome.status()).isEqualTo(400);
		assertThat(noOutcome.body().get("errors").findValuesAsText("field")).containsExactly("outcome");
	}

	@Test
	void partiesAndSourcesAreAmendedAndInvestigationsRenamed() {
		Api.Response amended = this.api.post(Users.EDITOR, "/api/v1/parties/" + this.vendor + "/amendments",
				json("name", "NSO Group Technologies", "country", "IL", "expectedVersion", 1));
		assertThat(amended.status()).as(amended.raw()).isEqualTo(201);
		assertThat(amended.body().get("version").asLong()).isEqualTo(2);
		Api.Response same = this.api.post(Users.EDITOR, "/api/v1/parties/" + this.vendor + "/amendments",
				json("name", "NSO Group Technologies"));
		assertThat(same.status()).isEqualTo(200);
		Api.Response badCountry = this.api.post(Users.EDITOR, "/api/v1/parties/" + this.vendor + "/amendments",
				json("country", "XX"));
		assertThat(badCountry.status()).isEqualTo(400);
		assertThat(this.api
			.post(Users.EDITOR, "/api/v1/sources/" + this.source + "/amendments",
					json("url", "https://example.org/report", "publishedOn", "2021-07-29"))
			.status()).isEqualTo(201);
		Api.Response badUrl = this.api.post(Users.EDITOR, "/api/v1/sources/" + this.source + "/amendments",
				json("url", "javascript:alert(1)"));
		assertThat(badUrl.status()).isEqualTo(400);
		assertThat(this.api
			.post(Users.EDITOR, "/api/v1/investigations/" + this.investigation + "/renaming",
					json("title", "The Pegasus Project"))
			.status()).isEqualTo(201);
	}

}
