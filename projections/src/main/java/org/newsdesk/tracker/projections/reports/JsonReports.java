package org.newsdesk.tracker.projections.reports;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.newsdesk.tracker.claim.Verdict;
import org.newsdesk.tracker.common.OccurredOn;
import org.newsdesk.tracker.common.Precision;
import org.newsdesk.tracker.projections.registers.Registers;
import org.newsdesk.tracker.projections.timeline.TimelineEntry;

/**
 * The machine-readable formats: the tracker's own JSON, ClaimReview, TimelineJS and
 * FollowTheMoney.
 */
final class JsonReports {

	static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
		.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

	private JsonReports() {
	}

	static String write(Object value) {
		try {
			return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(value);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("cannot write report", ex);
		}
	}

	private static Map<String, Object> object(Object... namesAndValues) {
		Map<String, Object> object = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			if (namesAndValues[i + 1] != null) {
				object.put((String) namesAndValues[i], namesAndValues[i + 1]);
			}
		}
		return object;
	}

	static String json(ReportData data) {
		List<Object> claims = new ArrayList<>();
		for (ReportData.Claim claim : data.claims()) {
			var row = claim.row();
			claims.add(object("id", row.claimId().toString(), "statement", row.statement(), "status", row.status(),
					"statusPath", row.statusPath(), "verdict", row.verdict(), "allegedBy",
					row.allegedBy().stream().map((p) -> data.partyName(p.toString())).toList(), "deniedBy",
					row.deniedBy().stream().map((p) -> data.partyName(p.toString())).toList(), "developments",
					row.developments(), "evidence", row.evidence(), "version", row.version()));
		}
		return write(object("investigation", data.investigation(), "newsroom", data.newsroom(), "generatedAt",
				data.generatedAt(), "claims", claims, "timeline", data.timeline(), "proceedings", data.proceedings(),
				"figures", data.figures()));
	}

	/** schema.org ClaimReview, one per claim the newsroom has assessed. */
	static String claimReview(ReportData data) {
		List<Object> reviews = new ArrayList<>();
		for (ReportData.Claim claim : data.claims()) {
			var assessment = claim.view().assessment();
			if (assessment == null) {
				continue;
			}
			String published = day(assessment.recordedAt());
			String modified = claim.lastChangedAt().isAfter(assessment.recordedAt()) ? day(claim.lastChangedAt())
					: null;
			reviews.add(object("@context", "https://schema.org", "@type", "ClaimReview", "url",
					data.baseUrl() + "/claims/" + claim.row().claimId(), "claimReviewed",
					shortStatement(claim.row().statement()), "author",
					object("@type", "Organization", "name", data.newsroom()), "datePublished", published,
					"dateModified", modified, "reviewRating",
					object("@type", "Rating", "ratingValue", rating(assessment.verdict()), "bestRating", 5,
							"worstRating", 1, "alternateName", verdictName(assessment.verdict())),
					"itemReviewed", itemReviewed(data, claim)));
		}
		return write(reviews);
	}

	private static Map<String, Object> itemReviewed(ReportData data, ReportData.Claim claim) {
		TimelineEntry first = data.timeline()
			.stream()
			.filter((entry) -> entry.subjectId().equals(claim.row().claimId().toString())
					&& entry.type().equals("AllegationRecorded"))
			.min(org.newsdesk.tracker.projections.timeline.Timeline.Order.OCCURRED.comparator())
			.orElse(null);
		Map<String, Object> item = object("@type", "Claim");
		if (first == null) {
			return item;
		}
		if (!first.partyIds().isEmpty()) {
			Registers.PartyRow author = data.parties().get(first.partyIds().get(0));
			if (author != null) {
				item.put("author", object("@type", author.kind().equals("PERSON") ? "Person" : "Organization", "name",
						author.name()));
			}
		}
		item.put("datePublished", first.occurredOn().text());
		if (!first.sourceIds().isEmpty()) {
			Registers.SourceRow source = data.sources().get(first.sourceIds().get(0));
			if (source != null && !source.confidential()) {
				item.put("firstAppearance", object("@type", "CreativeWork", "name", source.title(), "url", source.url(),
						"datePublished", source.publishedOn()));
			}
		}
		return item;
	}

	/** Short enough for a search result, cut at a word. */
	static String shortStatement(String statement) {
		if (statement.length() <= 120) {
			return statement;
		}
		int cut = statement.lastIndexOf(' ', 117);
		return statement.substring(0, (cut > 60) ? cut : 117) + "…";
	}

	static int rating(Verdict verdict) {
		return switch (verdict) {
			case TRUE -> 5;
			case MOSTLY_TRUE -> 4;
			case MIXED, UNPROVEN -> 3;
			case MOSTLY_FALSE -> 2;
			case FALSE -> 1;
		};
	}

	static String verdictName(Verdict verdict) {
		return switch (verdict) {
			case TRUE -> "True";
			case MOSTLY_TRUE -> "Mostly true";
			case MIXED -> "Mixed";
			case MOSTLY_FALSE -> "Mostly false";
			case FALSE -> "False";
			case UNPROVEN -> "Unproven";
		};
	}

	private static String day(java.time.Instant instant) {
		return DateTimeFormatter.ISO_LOCAL_DATE.format(instant.atZone(ZoneOffset.UTC));
	}

	/**
	 * Knight Lab TimelineJS: a title slide and one event per development, grouped by what
	 * it concerns.
	 */
	static String timelineJs(ReportData data) {
		List<Object> events = new ArrayList<>();
		for (TimelineEntry entry : data.timeline()) {
			events.add(object("unique_id", entry.entryId(), "start_date", timelineDate(entry.occurredOn()), "text",
					object("headline", ReportText.kind(entry.type()), "text", HtmlReport.escape(entry.summary())),
					"group", data.subjectName(entry)));
		}
		return write(object("title", object("text", object("headline", HtmlReport.escape(data.investigation().title()),
				"text", HtmlReport.escape(data.investigation().summary()))), "events", events));
	}

	static Map<String, Object> timelineDate(OccurredOn occurredOn) {
		var start = occurredOn.start().atZone(ZoneOffset.UTC);
		Map<String, Object> date = object("year", String.valueOf(start.getYear()));
		if (occurredOn.precision() != Precision.YEAR) {
			date.put("month", String.valueOf(start.getMonthValue()));
		}
		if (occurredOn.precision() == Precision.DAY || occurredOn.precision() == Precision.INSTANT) {
			date.put("day", String.valueOf(start.getDayOfMonth()));
		}
		if (occurredOn.precision() == Precision.INSTANT) {
			date.put("hour", String.valueOf(start.getHour()));
			date.put("minute", String.valueOf(start.getMinute()));
			date.put("second", String.valueOf(start.getSecond()));
		}
		date.put("display_date", ReportText.date(occurredOn));
		return date;
	}

	/**
	 * FollowTheMoney entities as JSON lines: parties, developments as Event, sources as
	 * Document and Documentation.
	 */
	static String ftm(ReportData data) {
		StringBuilder out = new StringBuilder();
		java.util.Set<String> partyIds = new java.util.LinkedHashSet<>();
		java.util.Set<String> sourceIds = new java.util.LinkedHashSet<>();
		for (TimelineEntry entry : data.timeline()) {
			partyIds.addAll(entry.partyIds());
			partyIds.addAll(involved(data, entry));
			sourceIds.addAll(entry.sourceIds());
		}
		for (ReportData.Claim claim : data.claims()) {
			claim.view().subjectPartyIds().forEach((id) -> partyIds.add(id.toString()));
		}
		for (Registers.PartyRow party : data.parties().values()) {
			if (!partyIds.contains(party.partyId())) {
				continue;
			}
			Map<String, Object> properties = object("name", List.of(party.name()));
			if (party.country() != null) {
				properties.put(party.kind().equals("PERSON") ? "nationality" : "country",
						List.of(party.country().toLowerCase(java.util.Locale.ROOT)));
			}
			line(out, object("id", party.partyId(), "schema", ftmSchema(party.kind()), "properties", properties));
		}
		for (Registers.SourceRow source : data.sources().values()) {
			if (!sourceIds.contains(source.sourceId())) {
				continue;
			}
			Map<String, Object> properties = object("title", List.of(source.title()));
			if (source.url() != null && !source.confidential()) {
				properties.put("sourceUrl", List.of(source.url()));
			}
			if (source.publishedOn() != null) {
				properties.put("publishedAt", List.of(source.publishedOn()));
			}
			if (source.publisherPartyId() != null) {
				properties.put("publisher", List.of(data.partyName(source.publisherPartyId())));
			}
			line(out, object("id", source.sourceId(), "schema", "Document", "properties", properties));
		}
		for (TimelineEntry entry : data.timeline()) {
			Map<String, Object> properties = object("name",
					List.of(ReportText.kind(entry.type()) + ": " + data.subjectName(entry)), "summary",
					List.of(entry.summary()), "date", List.of(ftmDate(entry.occurredOn())));
			List<String> organizers = entry.partyIds().stream().filter(data.parties()::containsKey).toList();
			if (!organizers.isEmpty()) {
				properties.put("organizer", organizers);
			}
			List<String> involved = involved(data, entry);
			if (!involved.isEmpty()) {
				properties.put("involved", involved);
			}
			line(out, object("id", entry.entryId(), "schema", "Event", "properties", properties));
			for (String sourceId : entry.sourceIds()) {
				if (data.sources().containsKey(sourceId)) {
					line(out,
							object("id", sourceId + "." + entry.entryId(), "schema", "Documentation", "properties",
									object("document", List.of(sourceId), "entity", List.of(entry.entryId()), "role",
											List.of("source"))));
				}
			}
		}
		return out.toString();
	}

	private static List<String> involved(ReportData data, TimelineEntry entry) {
		if (entry.subjectType().equals("CLIENT")) {
			return List.of(entry.subjectId().split(":"));
		}
		if (entry.subjectType().equals("PROCEEDING")) {
			return data.proceedings()
				.stream()
				.filter((proceeding) -> proceeding.proceedingId().equals(entry.subjectId()))
				.flatMap((proceeding) -> java.util.stream.Stream.concat(proceeding.initiatorPartyIds().stream(),
						proceeding.targetPartyIds().stream()))
				.distinct()
				.toList();
		}
		return List.of();
	}

	/**
	 * FtM dates take the known prefix of an ISO date: 2021, 2021-07, 2021-07-29, or an
	 * instant.
	 */
	private static String ftmDate(OccurredOn occurredOn) {
		return (occurredOn.precision() == Precision.INSTANT) ? occurredOn.start().toString().replace("Z", "")
				: occurredOn.text();
	}

	static String ftmSchema(String partyKind) {
		return switch (partyKind) {
			case "PERSON" -> "Person";
			case "COMPANY" -> "Company";
			case "GOVERNMENT", "AGENCY", "COURT" -> "PublicBody";
			default -> "Organization";
		};
	}

	private static void line(StringBuilder out, Object entity) {
		try {
			out.append(JSON.writeValueAsString(entity)).append('\n');
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("cannot write entity", ex);
		}
	}

	static String plain(BigDecimal value) {
		return value.toPlainString();
	}

}
