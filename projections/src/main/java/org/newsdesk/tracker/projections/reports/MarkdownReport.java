package org.newsdesk.tracker.projections.reports;

import org.newsdesk.tracker.projections.registers.Registers;
import org.newsdesk.tracker.projections.timeline.TimelineEntry;

/**
 * A report to paste into a newsroom's notes: claims with their status path, then the
 * timeline.
 */
final class MarkdownReport {

	private MarkdownReport() {
	}

	/** Markdown syntax in user text is shown, not interpreted. */
	static String escape(String text) {
		if (text == null) {
			return "";
		}
		return text.replaceAll("([\\\\`*_\\[\\]#|<>])", "\\\\$1").replace("\r", " ").replace("\n", " ");
	}

	static String render(ReportData data) {
		StringBuilder out = new StringBuilder();
		out.append("# ").append(escape(data.investigation().title())).append("\n\n");
		if (data.investigation().summary() != null) {
			out.append(escape(data.investigation().summary())).append("\n\n");
		}
		out.append("Report by ")
			.append(escape(data.newsroom()))
			.append(", generated ")
			.append(data.generatedAt())
			.append(".\n\n## Claims\n\n| Claim | Status | Status path | Assessment | Alleged by | Denied by |\n")
			.append("|---|---|---|---|---|---|\n");
		for (ReportData.Claim claim : data.claims()) {
			var row = claim.row();
			out.append("| ")
				.append(escape(row.statement()))
				.append(" | ")
				.append(row.status())
				.append(" | ")
				.append(ReportText.statusPath(row.statusPath()))
				.append(" | ")
				.append((row.verdict() != null) ? row.verdict() : "")
				.append(" | ")
				.append(escape(
						String.join(", ", row.allegedBy().stream().map((p) -> data.partyName(p.toString())).toList())))
				.append(" | ")
				.append(escape(
						String.join(", ", row.deniedBy().stream().map((p) -> data.partyName(p.toString())).toList())))
				.append(" |\n");
		}
		out.append("\n## Timeline\n\n");
		for (TimelineEntry entry : data.timeline()) {
			out.append("- **")
				.append(ReportText.date(entry.occurredOn()))
				.append("**: ")
				.append(ReportText.kind(entry.type()))
				.append(" (")
				.append(escape(data.subjectName(entry)))
				.append("): ")
				.append(escape(entry.summary()));
			if (entry.corrections() > 0) {
				out.append(" _(corrected: ").append(escape(entry.lastCorrectionReason())).append(")_");
			}
			out.append("\n");
		}
		if (!data.proceedings().isEmpty()) {
			out.append("\n## Proceedings\n\n");
			for (Registers.ProceedingRow proceeding : data.proceedings()) {
				out.append("- ")
					.append(escape(proceeding.title()))
					.append(" (")
					.append(proceeding.kind())
					.append(", opened ")
					.append(proceeding.openedOn())
					.append("): ")
					.append(proceeding.status());
				if (proceeding.outcome() != null) {
					out.append(", ").append(escape(proceeding.outcome()));
				}
				out.append("\n");
			}
		}
		if (!data.figures().isEmpty()) {
			out.append("\n## Figures\n\n");
			for (Registers.FigureRow figure : data.figures()) {
				out.append("- ")
					.append(figure.approximate() ? "about " : "")
					.append(figure.value().toPlainString())
					.append(" ")
					.append(escape(figure.unit()))
					.append(": ")
					.append(escape(figure.label()))
					.append(" (")
					.append(escape(String.join(", ", figure.partyIds().stream().map(data::partyName).toList())))
					.append(", ")
					.append(figure.occurredOn())
					.append(")\n");
			}
		}
		return out.toString();
	}

}
