package org.newsdesk.tracker.application.pages;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.newsdesk.tracker.projections.timeline.TimelineEntry;

/**
 * The timeline drawn on a date axis: one lane per claim, proceeding or client
 * relationship, each development a mark spanning the period it is known to (a day, a
 * month, a year). Every text is escaped; the drawing uses attributes only, so the page's
 * CSP needs no inline style.
 */
final class TimelineSvg {

	private static final int LEFT = 230;

	private static final int WIDTH = 900;

	private static final int LANE = 28;

	private TimelineSvg() {
	}

	static String draw(List<TimelineEntry> entries, Map<String, String> laneNames, String title) {
		if (entries.isEmpty()) {
			return "";
		}
		Map<String, Integer> lanes = new LinkedHashMap<>();
		for (TimelineEntry entry : entries) {
			lanes.putIfAbsent(entry.subjectId(), lanes.size());
		}
		Instant from = entries.stream().map((e) -> e.occurredOn().start()).min(Instant::compareTo).orElseThrow();
		Instant to = entries.stream().map((e) -> e.occurredOn().end()).max(Instant::compareTo).orElseThrow();
		double span = Math.max(1, to.getEpochSecond() - from.getEpochSecond());
		int height = 30 + lanes.size() * LANE;
		StringBuilder svg = new StringBuilder();
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"timeline-svg\" viewBox=\"0 0 ")
			.append(LEFT + WIDTH + 10)
			.append(' ')
			.append(height)
			.append("\" aria-label=\"")
			.append(escape(title))
			.append("\">");
		svg.append("<text x=\"")
			.append(LEFT)
			.append("\" y=\"14\" font-size=\"11\">")
			.append(from.toString(), 0, 10)
			.append("</text>");
		svg.append("<text x=\"")
			.append(LEFT + WIDTH)
			.append("\" y=\"14\" font-size=\"11\" text-anchor=\"end\">")
			.append(to.minusSeconds(1).toString(), 0, 10)
			.append("</text>");
		List<String> drawn = new ArrayList<>();
		lanes.forEach((subject, lane) -> {
			int y = 30 + lane * LANE;
			String name = laneNames.getOrDefault(subject, subject);
			drawn.add("<text x=\"4\" y=\"" + (y + 14) + "\" font-size=\"11\">" + escape(shorten(name)) + "<title>"
					+ escape(name) + "</title></text><line x1=\"" + LEFT + "\" x2=\"" + (LEFT + WIDTH) + "\" y1=\""
					+ (y + 10) + "\" y2=\"" + (y + 10) + "\" stroke=\"#bbb\"/>");
		});
		svg.append(String.join("", drawn));
		for (TimelineEntry entry : entries) {
			int y = 30 + lanes.get(entry.subjectId()) * LANE;
			double x = LEFT + WIDTH * (entry.occurredOn().start().getEpochSecond() - from.getEpochSecond()) / span;
			double w = Math.max(4, WIDTH
					* (entry.occurredOn().end().getEpochSecond() - entry.occurredOn().start().getEpochSecond()) / span);
			svg.append("<rect class=\"mark\" x=\"")
				.append(Math.round(x))
				.append("\" y=\"")
				.append(y + 2)
				.append("\" width=\"")
				.append(Math.round(w))
				.append("\" height=\"16\" rx=\"3\" fill=\"")
				.append(colour(entry.type()))
				.append("\" fill-opacity=\"")
				.append(entry.occurredOn().precision().name().equals("YEAR") ? "0.35" : "0.85")
				.append("\"><title>")
				.append(escape(entry.occurredOn().text() + " · " + entry.type() + " · "
						+ ((entry.summary() != null) ? entry.summary() : "")))
				.append("</title></rect>");
		}
		return svg.append("</svg>").toString();
	}

	private static String colour(String type) {
		return switch (type) {
			case "AllegationRecorded" -> "#c0392b";
			case "DenialRecorded" -> "#2c3e50";
			case "EvidenceRecorded" -> "#27ae60";
			case "RetractionRecorded" -> "#7f8c8d";
			case "ClaimAssessed" -> "#8e44ad";
			default -> "#2980b9";
		};
	}

	private static String shorten(String name) {
		return (name.length() > 34) ? name.substring(0, 33) + "…" : name;
	}

	static String escape(String text) {
		return text.replace("&", "&amp;")
			.replace("<", "&lt;")
			.replace(">", "&gt;")
			.replace("\"", "&quot;")
			.replace("'", "&#39;");
	}

}
