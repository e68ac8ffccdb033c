package org.newsdesk.tracker.projections.reports;

import java.util.List;

import org.newsdesk.tracker.projections.timeline.TimelineEntry;

/**
 * The timeline as a spreadsheet, one development a row. Cells that a spreadsheet would
 * take for a formula (starting with = + - @, a tab or a carriage return) are prefixed
 * with a quote.
 */
final class CsvReport {

	private CsvReport() {
	}

	static String cell(String value) {
		if (value == null) {
			return "";
		}
		String safe = (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) ? "'" + value : value;
		return "\"" + safe.replace("\"", "\"\"") + "\"";
	}

	static String render(ReportData data) {
		StringBuilder out = new StringBuilder();
		row(out, List.of("occurred_on", "recorded_at", "subject_type", "subject", "claim_status", "kind", "summary",
				"parties", "sources", "detail", "corrections"));
		for (TimelineEntry entry : data.timeline()) {
			String status = data.claims()
				.stream()
				.filter((claim) -> claim.row().claimId().toString().equals(entry.subjectId()))
				.map((claim) -> claim.row().status().name())
				.findFirst()
				.orElse("");
			row(out, List.of(entry.occurredOn().text(), entry.recordedAt().toString(), entry.subjectType(),
					data.subjectName(entry), status, ReportText.kind(entry.type()), nonNull(entry.summary()),
					String.join("; ", entry.partyIds().stream().map(data::partyName).toList()),
					String.join("; ",
							entry.sourceIds()
								.stream()
								.map((id) -> (data.sources().get(id) != null) ? data.sources().get(id).title() : id)
								.toList()),
					nonNull(entry.detail()), String.valueOf(entry.corrections())));
		}
		return out.toString();
	}

	private static String nonNull(String value) {
		return (value != null) ? value : "";
	}

	private static void row(StringBuilder out, List<String> cells) {
		out.append(String.join(",", cells.stream().map(CsvReport::cell).toList())).append("\r\n");
	}

}
