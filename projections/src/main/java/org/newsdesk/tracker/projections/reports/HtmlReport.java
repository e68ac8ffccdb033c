package org.newsdesk.tracker.projections.reports;

import org.newsdesk.tracker.projections.registers.Registers;
import org.newsdesk.tracker.projections.timeline.TimelineEntry;

/**
 * A standalone page: no script, no outside resource, every user-supplied string escaped.
 */
final class HtmlReport {

	private HtmlReport() {
	}

	static String escape(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '&' -> out.append("&amp;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> out.append(c);
			}
		}
		return out.toString();
	}

	static String render(ReportData data) {
		StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
		out.append("<title>")
			.append(escape(data.investigation().title()))
			.append("</title>")
			.append("<style>body{font-family:sans-serif;max-width:60rem;margin:auto;padding:1rem}")
			.append("table{border-collapse:collapse}td,th{border:1px solid #999;padding:.3rem;text-align:left}")
			.append("</style></head><body>\n<h1>")
			.append(escape(data.investigation().title()))
			.append("</h1>\n");
		if (data.investigation().summary() != null) {
			out.append("<p>").append(escape(data.investigation().summary())).append("</p>\n");
		}
		out.append("<p>Report by ")
			.append(escape(data.newsroom()))
			.append(", generated ")
			.append(data.generatedAt())
			.append(".</p>\n<h2>Claims</h2>\n<table><thead><tr><th>Claim</th><th>Status</th><th>Status path</th>")
			.append("<th>Assessment</th></tr></thead><tbody>\n");
		for (ReportData.Claim claim : data.claims()) {
			out.append("<tr><td>")
				.append(escape(claim.row().statement()))
				.append("</td><td>")
				.append(claim.row().status())
				.append("</td><td>")
				.append(escape(ReportText.statusPath(claim.row().statusPath())))
				.append("</td><td>")
				.append((claim.row().verdict() != null) ? claim.row().verdict() : "")
				.append("</td></tr>\n");
		}
		out.append("</tbody></table>\n<h2>Timeline</h2>\n<ol>\n");
		for (TimelineEntry entry : data.timeline()) {
			out.append("<li><time>")
				.append(escape(ReportText.date(entry.occurredOn())))
				.append("</time> ")
				.append(escape(ReportText.kind(entry.type())))
				.append(" (")
				.append(escape(data.subjectName(entry)))
				.append("): ")
				.append(escape(entry.summary()));
			if (entry.corrections() > 0) {
				out.append(" <em>(corrected: ").append(escape(entry.lastCorrectionReason())).append(")</em>");
			}
			out.append("</li>\n");
		}
		out.append("</ol>\n");
		if (!data.proceedings().isEmpty()) {
			out.append("<h2>Proceedings</h2>\n<ul>\n");
			for (Registers.ProceedingRow proceeding : data.proceedings()) {
				out.append("<li>")
					.append(escape(proceeding.title()))
					.append(" (")
					.append(escape(proceeding.kind()))
					.append(", opened ")
					.append(escape(proceeding.openedOn()))
					.append("): ")
					.append(escape(proceeding.status()));
				if (proceeding.outcome() != null) {
					out.append(", ").append(escape(proceeding.outcome()));
				}
				out.append("</li>\n");
			}
			out.append("</ul>\n");
		}
		if (!data.figures().isEmpty()) {
			out.append("<h2>Figures</h2>\n<ul>\n");
			for (Registers.FigureRow figure : data.figures()) {
				out.append("<li>")
					.append(figure.approximate() ? "about " : "")
					.append(figure.value().toPlainString())
					.append(" ")
					.append(escape(figure.unit()))
					.append(": ")
					.append(escape(figure.label()))
					.append("</li>\n");
			}
			out.append("</ul>\n");
		}
		return out.append("</body></html>\n").toString();
	}

}
