package org.newsdesk.tracker.projections.reports;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.newsdesk.tracker.investigation.InvestigationId;
import org.newsdesk.tracker.projections.board.BoardQueries;
import org.newsdesk.tracker.projections.board.BoardRow;
import org.newsdesk.tracker.projections.board.InvestigationSummary;
import org.newsdesk.tracker.projections.claim.ClaimFold;
import org.newsdesk.tracker.projections.common.Cut;
import org.newsdesk.tracker.projections.common.EventStreamReader;
import org.newsdesk.tracker.projections.common.RecordedEvent;
import org.newsdesk.tracker.projections.registers.Registers;
import org.newsdesk.tracker.projections.registers.RegistersQueries;
import org.newsdesk.tracker.projections.timeline.Timeline;
import org.newsdesk.tracker.projections.timeline.TimelineQueries;

import org.springframework.stereotype.Component;

/**
 * Gathers what a report of an investigation shows, as readers see it (nothing struck).
 */
@Component
public class ReportQueries {

	private final BoardQueries board;

	private final TimelineQueries timeline;

	private final RegistersQueries registers;

	private final EventStreamReader streams;

	public ReportQueries(BoardQueries board, TimelineQueries timeline, RegistersQueries registers,
			EventStreamReader streams) {
		this.board = board;
		this.timeline = timeline;
		this.registers = registers;
		this.streams = streams;
	}

	public Optional<ReportData> report(InvestigationId id, String newsroom, String baseUrl) {
		Optional<InvestigationSummary> investigation = this.board.investigation(id);
		if (investigation.isEmpty()) {
			return Optional.empty();
		}
		List<ReportData.Claim> claims = new ArrayList<>();
		for (BoardRow row : this.board.board(id)) {
			List<RecordedEvent> stream = this.streams.read(row.claimId().toString());
			List<RecordedEvent> seen = stream.subList(0, (int) Math.min(stream.size(), row.version()));
			Instant lastChanged = seen.get(seen.size() - 1).recordedAt();
			claims.add(new ReportData.Claim(row, ClaimFold.view(seen, Cut.NONE), lastChanged));
		}
		Map<String, Registers.PartyRow> parties = new LinkedHashMap<>();
		this.registers.parties().forEach((party) -> parties.put(party.partyId(), party));
		Map<String, Registers.SourceRow> sources = new LinkedHashMap<>();
		this.registers.sources().forEach((source) -> sources.put(source.sourceId(), source));
		return Optional.of(new ReportData(investigation.get(), claims,
				this.timeline.current(id, Timeline.Order.OCCURRED, false), this.registers.proceedings(id.toString()),
				this.registers.figures(id.toString(), false), parties, sources, newsroom, baseUrl, Instant.now()));
	}

}
