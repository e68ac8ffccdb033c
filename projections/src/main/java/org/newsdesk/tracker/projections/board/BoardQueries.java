package org.newsdesk.tracker.projections.board;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.newsdesk.tracker.claim.ClaimId;
import org.newsdesk.tracker.claim.ClaimStatus;
import org.newsdesk.tracker.claim.Verdict;
import org.newsdesk.tracker.common.OccurredOn;
import org.newsdesk.tracker.investigation.InvestigationId;
import org.newsdesk.tracker.party.PartyId;
import org.newsdesk.tracker.projections.claim.ClaimFold;
import org.newsdesk.tracker.projections.claim.ClaimView;
import org.newsdesk.tracker.projections.common.Cut;
import org.newsdesk.tracker.projections.common.EventStreamReader;
import org.newsdesk.tracker.projections.common.RecordedEvent;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the investigations list and the claim board. The current board comes from the
 * read model; a board at a cut is folded from the event store, claim by claim, so that it
 * equals what the claim reads say at the same cut.
 */
@Component
public class BoardQueries {

	private static final String BOARD_COLUMNS = "claim_id, statement, status, verdict, alleged_by, denied_by,"
			+ " developments, evidence, last_occurred_on, version, status_path";

	private final JdbcTemplate jdbc;

	private final EventStreamReader streams;

	public BoardQueries(JdbcTemplate jdbc, EventStreamReader streams) {
		this.jdbc = jdbc;
		this.streams = streams;
	}

	public List<InvestigationSummary> investigations() {
		List<InvestigationSummary> summaries = this.jdbc.query(
				"select investigation_id, title, summary, closed, opened_at, updated_at from rm_investigation"
						+ " order by opened_at, investigation_id",
				(row, n) -> summary(row, new EnumMap<>(ClaimStatus.class)));
		Map<String, Map<ClaimStatus, Integer>> counts = statusCounts(null);
		return summaries.stream().map((summary) -> withCounts(summary, counts.get(summary.id().toString()))).toList();
	}

	public Optional<InvestigationSummary> investigation(InvestigationId id) {
		List<InvestigationSummary> found = this.jdbc.query(
				"select investigation_id, title, summary, closed, opened_at, updated_at from rm_investigation"
						+ " where investigation_id = ?",
				(row, n) -> summary(row, new EnumMap<>(ClaimStatus.class)), id.toString());
		return found.stream().findFirst().map((summary) -> withCounts(summary, statusCounts(id).get(id.toString())));
	}

	public List<BoardRow> board(InvestigationId id) {
		return this.jdbc.query(
				"select " + BOARD_COLUMNS
						+ " from rm_claim where investigation_id = ? order by registered_at, claim_id",
				BoardQueries::row, id.toString());
	}

	/** The board as it stood at the cut, folded from each claim's events. */
	public List<BoardRow> boardAt(InvestigationId id, Cut cut) {
		record Folded(java.time.Instant registeredAt, String claimId, BoardRow row) {
		}
		List<Folded> folded = new ArrayList<>();
		List<String> claimIds = this.jdbc.queryForList("select claim_id from rm_claim where investigation_id = ?",
				String.class, id.toString());
		Map<String, List<RecordedEvent>> streams = this.streams.readAll(claimIds);
		for (String claimId : claimIds) {
			List<RecordedEvent> stream = streams.get(claimId);
			ClaimView view = ClaimFold.view(stream, cut);
			if (view != null) {
				folded.add(new Folded(stream.get(0).recordedAt(), claimId, BoardRow.of(view)));
			}
		}
		return folded.stream()
			.sorted(Comparator.comparing(Folded::registeredAt).thenComparing(Folded::claimId))
			.map(Folded::row)
			.toList();
	}

	private Map<String, Map<ClaimStatus, Integer>> statusCounts(InvestigationId only) {
		Map<String, Map<ClaimStatus, Integer>> counts = new java.util.HashMap<>();
		String sql = "select investigation_id, status, count(*) from rm_claim"
				+ ((only != null) ? " where investigation_id = ?" : "") + " group by investigation_id, status";
		Object[] args = (only != null) ? new Object[] { only.toString() } : new Object[0];
		this.jdbc.query(sql, (row) -> {
			counts.computeIfAbsent(row.getString(1), (key) -> new EnumMap<>(ClaimStatus.class))
				.put(ClaimStatus.valueOf(row.getString(2)), row.getInt(3));
		}, args);
		return counts;
	}

	private static InvestigationSummary withCounts(InvestigationSummary summary, Map<ClaimStatus, Integer> counts) {
		Map<ClaimStatus, Integer> byStatus = (counts != null) ? counts : new EnumMap<>(ClaimStatus.class);
		int total = byStatus.values().stream().mapToInt(Integer::intValue).sum();
		return new InvestigationSummary(summary.id(), summary.title(), summary.summary(), summary.closed(),
				summary.openedAt(), summary.updatedAt(), total, byStatus);
	}

	private static InvestigationSummary summary(ResultSet row, Map<ClaimStatus, Integer> counts) throws SQLException {
		return new InvestigationSummary(new InvestigationId(UUID.fromString(row.getString(1))), row.getString(2),
				row.getString(3), row.getBoolean(4), row.getTimestamp(5).toInstant(), row.getTimestamp(6).toInstant(),
				0, counts);
	}

	private static BoardRow row(ResultSet row, int n) throws SQLException {
		String verdict = row.getString("verdict");
		String lastOccurredOn = row.getString("last_occurred_on");
		return new BoardRow(ClaimId.of(row.getString("claim_id")), row.getString("statement"),
				ClaimStatus.valueOf(row.getString("status")), (verdict != null) ? Verdict.valueOf(verdict) : null,
				parties(row.getString("alleged_by")), parties(row.getString("denied_by")), row.getInt("developments"),
				row.getInt("evidence"), (lastOccurredOn != null) ? OccurredOn.parse(lastOccurredOn) : null,
				row.getLong("version"),
				Arrays.stream(row.getString("status_path").split(","))
					.filter((status) -> !status.isEmpty())
					.map(ClaimStatus::valueOf)
					.toList());
	}

	private static List<PartyId> parties(String ids) {
		return (ids == null || ids.isEmpty()) ? List.of() : Arrays.stream(ids.split(",")).map(PartyId::of).toList();
	}

}
