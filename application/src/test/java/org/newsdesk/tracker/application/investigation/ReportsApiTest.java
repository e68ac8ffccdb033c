package org.newsdesk.tracker.application.investigation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.tracker.application.support.Story.created;
import static org.newsdesk.tracker.application.support.Story.development;
import static org.newsdesk.tracker.application.support.Story.id;
import static org.newsdesk.tracker.application.support.Story.json;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.tracker.application.support.Api;
import org.newsdesk.tracker.application.support.ApiTest;
import org.newsdesk.tracker.application.support.Eventually;
import org.newsdesk.tracker.application.support.Story;
import org.newsdesk.tracker.application.support.Users;

/** Every report format, parsed and checked field by field. */
class ReportsApiTest extends ApiTest {

	private String investigation;

	private String claim;

	private String consortium;

	private String vendor;

	private String proceeding;

	@BeforeEach
	void story() {
		Story story = new Story(this.api);
		this.investigation = story.investigation("Projet <Pegasus>");
		this.consortium = story.party("Forbidden Stories", "MEDIA");
		this.vendor = story.party("NSO Group", "COMPANY");
		String authority = story.party("Paris prosecutor", "AGENCY");
		String journalist = story.party("A journalist", "PERSON");
		String sourceId = id();
		created(this.api.post(Users.EDITOR, "/api/v1/sources", json("sourceId", sourceId, "kind", "ARTICLE", "title",
				"The leaked list", "url", "https://example.org/list", "publishedOn", "2021-07-18")));
		this.claim = story.claim(this.investigation, "The spyware targeted journalists' phones");
		String allegation = id();
		created(this.api.post(Users.EDITOR, "/api/v1/claims/" + this.claim + "/allegations",
				development(allegation, "2021-07", List.of(this.consortium, journalist), List.of(sourceId),
						"<script>alert(1)</script> leaked list", "figures",
						List.of(Map.of("value", 50000, "unit", "numbers", "approximate", true)))));
		created(this.api.post(Users.EDITOR, "/api/v1/claims/" + this.claim + "/evidence",
				development(id(), "2021-07-29", List.of(authority), List.of(sourceId), "=HYPERLINK(\"x\") analyses",
						"bearing", "SUPPORTS", "strength", "CONCLUSIVE")));
		created(this.api.post(Users.EDITOR, "/api/v1/claims/" + this.claim + "/assessments",
				json("verdict", "MOSTLY_TRUE", "rationale", "Forensics confirm it")));
		created(this.api.post(Users.EDITOR, "/api/v1/claims/" + this.claim + "/corrections",
				json("correctedDevelopmentId", allegation, "reason", "typo", "summary", "The leaked list names them")));
		this.proceeding = id();
		created(this.api.post(Users.EDITOR, "/api/v1/investigations/" + this.investigation + "/proceedings",
				json("proceedingId", this.proceeding, "kind", "OFFICIAL_INVESTIGATION", "title", "Inquiry",
						"initiatorPartyIds", List.of(authority), "targetPartyIds", List.of(this.vendor), "occurredOn",
						"2021", "summary", "Opened")));
		Eventually.until(() -> this.api.get(Users.ADMIN, "/api/v1/admin/projections").body(),
				(body) -> body.size() == 4 && body.findValuesAsText("lagEvents").stream().allMatch("0"::equals),
				"every projection caught up");
	}

	private Api.Response report(String format) {
		Api.Response response = this.api.get(Users.READER,
				"/api/v1/investigations/" + this.investigation + "/report?format=" + format);
		assertThat(response.status()).as(response.raw()).isEqualTo(200);
		return response;
	}

	@Test
	void markdownAndJsonCarryEachClaimsStatusPath() throws Exception {
		Api.Response markdown = report("markdown");
		assertThat(markdown.contentType()).startsWith("text/markdown");
		assertThat(markdown.raw()).contains("# Projet \\<Pegasus\\>", "OPEN → ALLEGED → CONFIRMED", "MOSTLY_TRUE",
				"July 2021", "The leaked list names them", "_(corrected: typo)_");
		JsonNode json = Api.JSON.readTree(report("json").raw());
		assertThat(json.get("claims").get(0).get("statusPath")).extracting(JsonNode::asText)
			.containsExactly("OPEN", "ALLEGED", "CONFIRMED");
		assertThat(json.get("claims").get(0).get("allegedBy")).extracting(JsonNode::asText)
			.contains("Forbidden Stories");
		assertThat(json.get("timeline")).hasSize(4);
		assertThat(json.get("figures").get(0).get("value").asInt()).isEqualTo(50000);
	}

	@Test
	void htmlEscapesEveryUserString() {
		Api.Response html = report("html");
		assertThat(html.contentType()).startsWith("text/html");
		assertThat(html.raw()).contains("&lt;Pegasus&gt;").doesNotContain("<Pegasus>", "<script>alert");
		assertThat(html.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
	}

	@Test
	void csvNeutralisesFormulaCells() {
		Api.Response csv = report("csv");
		assertThat(csv.contentType()).startsWith("text/csv");
		String[] lines = csv.raw().split("\r\n");
		assertThat(lines[0]).startsWith("\"occurred_on\",\"recorded_at\"");
		assertThat(csv.raw()).contains("\"'=HYPERLINK(\"\"x\"\") analyses\"").doesNotContain(",\"=HYPERLINK");
		assertThat(lines).hasSize(5);
	}

	@Test
	void claimReviewDescribesEachAssessedClaim() throws Exception {
		Api.Response response = report("claimreview");
		assertThat(response.contentType()).startsWith("application/ld+json");
		JsonNode reviews = Api.JSON.readTree(response.raw());
		assertThat(reviews).hasSize(1);
		JsonNode review = reviews.get(0);
		assertThat(review.get("@context").asText()).isEqualTo("https://schema.org");
		assertThat(review.get("@type").asText()).isEqualTo("ClaimReview");
		assertThat(review.get("claimReviewed").asText()).isEqualTo("The spyware targeted journalists' phones");
		assertThat(review.get("url").asText()).endsWith("/claims/" + this.claim);
		JsonNode rating = review.get("reviewRating");
		assertThat(rating.get("ratingValue").asInt()).isEqualTo(4);
		assertThat(rating.get("bestRating").asInt()).isEqualTo(5);
		assertThat(rating.get("worstRating").asInt()).isEqualTo(1);
		assertThat(rating.get("alternateName").asText()).isEqualTo("Mostly true");
		assertThat(review.get("author").get("name").asText()).isEqualTo("Newsdesk");
		assertThat(review.get("datePublished").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
		assertThat(review.get("dateModified").asText()).as("corrected after the assessment")
			.matches("\\d{4}-\\d{2}-\\d{2}");
		JsonNode item = review.get("itemReviewed");
		assertThat(item.get("@type").asText()).isEqualTo("Claim");
		assertThat(item.get("author").get("name").asText()).isEqualTo("Forbidden Stories");
		assertThat(item.get("author").get("@type").asText()).isEqualTo("Organization");
		assertThat(item.get("firstAppearance").get("url").asText()).isEqualTo("https://example.org/list");
	}

	@Test
	void timelineJsDatesAreAsPreciseAsTheDevelopments() throws Exception {
		JsonNode timeline = Api.JSON.readTree(report("timelinejs").raw());
		assertThat(timeline.get("title").get("text").get("headline").asText()).isEqualTo("Projet &lt;Pegasus&gt;");
		JsonNode events = timeline.get("events");
		assertThat(events).hasSize(4);
		Set<String> ids = new HashSet<>();
		for (JsonNode event : events) {
			ids.add(event.get("unique_id").asText());
			assertThat(event.get("text").get("headline").asText()).isNotBlank();
			assertThat(event.get("group").asText()).isNotBlank();
		}
		assertThat(ids).hasSize(4);
		JsonNode year = events.get(0).get("start_date");
		assertThat(year.get("year").asText()).isEqualTo("2021");
		assertThat(year.has("month")).isFalse();
		assertThat(year.get("display_date").asText()).isEqualTo("2021");
		assertThat(events.get(0).get("group").asText()).isEqualTo("Inquiry");
		JsonNode month = events.get(1).get("start_date");
		assertThat(month.get("month").asText()).isEqualTo("7");
		assertThat(month.has("day")).isFalse();
		assertThat(month.get("display_date").asText()).isEqualTo("July 2021");
		JsonNode day = events.get(2).get("start_date");
		assertThat(day.get("day").asText()).isEqualTo("29");
		assertThat(day.get("display_date").asText()).isEqualTo("29 July 2021");
		assertThat(events.get(1).get("text").get("text").asText()).doesNotContain("<script>");
		JsonNode instant = events.get(3).get("start_date");
		assertThat(instant.has("hour")).as("an assessment happens at the instant it is recorded").isTrue();
	}

	@Test
	void followTheMoneyEntitiesAreJsonLinesOfKnownSchemata() throws Exception {
		Api.Response response = report("ftm");
		List<JsonNode> entities = new ArrayList<>();
		for (String line : response.raw().split("\n")) {
			entities.add(Api.JSON.readTree(line));
		}
		Map<String, String> schemaById = new java.util.HashMap<>();
		entities.forEach((entity) -> schemaById.put(entity.get("id").asText(), entity.get("schema").asText()));
		assertThat(schemaById.get(this.consortium)).isEqualTo("Organization");
		assertThat(schemaById.get(this.vendor)).isEqualTo("Company");
		assertThat(schemaById.values()).contains("Person", "PublicBody", "Event", "Document", "Documentation");
		JsonNode inquiry = entities.stream()
			.filter((entity) -> entity.get("id").asText().equals(this.proceeding))
			.findFirst()
			.orElseThrow();
		assertThat(inquiry.get("properties").get("involved")).extracting(JsonNode::asText).contains(this.vendor);
		JsonNode allegation = entities.stream()
			.filter((entity) -> entity.get("schema").asText().equals("Event")
					&& entity.get("properties").get("date").get(0).asText().equals("2021-07"))
			.findFirst()
			.orElseThrow();
		assertThat(allegation.get("properties").get("organizer")).extracting(JsonNode::asText)
			.contains(this.consortium);
		for (JsonNode entity : entities) {
			entity.get("properties")
				.fields()
				.forEachRemaining((property) -> assertThat(property.getValue().isArray())
					.as(entity.get("schema") + "." + property.getKey() + " is multi-valued")
					.isTrue());
			if (entity.get("schema").asText().equals("Documentation")) {
				assertThat(schemaById.get(entity.get("properties").get("document").get(0).asText()))
					.isEqualTo("Document");
				assertThat(schemaById.get(entity.get("properties").get("entity").get(0).asText())).isEqualTo("Event");
			}
		}
	}

	@Test
	void anUnknownFormatIsNamed() {
		Api.Response response = this.api.get(Users.READER,
				"/api/v1/investigations/" + this.investigation + "/report?format=pdf");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body().get("errors").get(0).get("message").asText())
			.isEqualTo("'pdf' is not one of markdown, html, json, csv, claimreview, timelinejs, ftm");
		assertThat(this.api.get(Users.READER, "/api/v1/investigations/" + id() + "/report?format=json").status())
			.isEqualTo(404);
	}

}
