package org.newsdesk.tracker.projections.reports;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.newsdesk.tracker.projections.board.BoardRow;
import org.newsdesk.tracker.projections.board.InvestigationSummary;
import org.newsdesk.tracker.projections.claim.ClaimView;
import org.newsdesk.tracker.projections.registers.Registers;
import org.newsdesk.tracker.projections.timeline.TimelineEntry;

/**
 * Everything a report shows, read once: the investigation, its claims, its timeline
 * without struck entries, its proceedings and figures, and the parties and sources they
 * name.
 *
 * @param baseUrl where the tracker is published, for links in reports
 */
public record ReportData(InvestigationSummary investigation, List<Claim> claims, List<TimelineEntry> timeline,
		List<Registers.ProceedingRow> proceedings, List<Registers.FigureRow> figures,
		Map<String, Registers.PartyRow> parties, Map<String, Registers.SourceRow> sources, String newsroom,
		String baseUrl, Instant generatedAt) {

	/**
	 * A claim with its board row, its folded view, and when its stream was last changed.
	 */
	public record Claim(BoardRow row, ClaimView view, Instant lastChangedAt) {
	}

	public String partyName(String partyId) {
		Registers.PartyRow party = this.parties.get(partyId);
		return (party != null) ? party.name() : partyId;
	}

	/**
	 * What a timeline entry is about: a claim's statement, a proceeding's title, or
	 * vendor and client.
	 */
	public String subjectName(TimelineEntry entry) {
		switch (entry.subjectType()) {
			case "CLAIM":
				return this.claims.stream()
					.filter((claim) -> claim.row().claimId().toString().equals(entry.subjectId()))
					.map((claim) -> claim.row().statement())
					.findFirst()
					.orElse(entry.subjectId());
			case "PROCEEDING":
				return this.proceedings.stream()
					.filter((proceeding) -> proceeding.proceedingId().equals(entry.subjectId()))
					.map(Registers.ProceedingRow::title)
					.findFirst()
					.orElse(entry.subjectId());
			default:
				String[] ids = entry.subjectId().split(":");
				return partyName(ids[0]) + " and its client " + partyName(ids[1]);
		}
	}

}
