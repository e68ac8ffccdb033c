package org.newsdesk.tracker.projections.board;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.newsdesk.tracker.claim.ClaimDevelopment;
import org.newsdesk.tracker.claim.ClaimId;
import org.newsdesk.tracker.claim.ClaimRegistered;
import org.newsdesk.tracker.claim.ClaimStatus;
import org.newsdesk.tracker.claim.Verdict;
import org.newsdesk.tracker.investigation.InvestigationClosed;
import org.newsdesk.tracker.investigation.InvestigationOpened;
import org.newsdesk.tracker.investigation.InvestigationRenamed;
import org.newsdesk.tracker.investigation.InvestigationReopened;
import org.newsdesk.tracker.projections.claim.ClaimFold;
import org.newsdesk.tracker.projections.claim.ClaimTally;
import org.newsdesk.tracker.projections.common.DirectArguments;
import org.newsdesk.tracker.projections.common.EventStreamReader;
import org.newsdesk.tracker.projections.common.ProcessorBatch;
import org.newsdesk.tracker.projections.common.ReadModelTables;
import org.newsdesk.tracker.projections.common.RecordedEvent;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The investigations list and each investigation's claim board. A claim's row is the
 * claim's own stream folded by {@link ClaimFold}, the same fold every claim read uses, so
 * the board cannot disagree with the claim page.
 */
@Component
@ProcessingGroup(BoardProjection.NAME)
public class BoardProjection {

	public static final String NAME = "board";

	private final JdbcTemplate jdbc;

	private static final String PENDING = BoardProjection.class.getName() + ".pending";

	private static final int FOLDS_KEPT = 2_000;

	/**
	 * Rows kept in memory: about a kilobyte each. A claim beyond them is read back from
	 * its stored row.
	 */
	private static final int TALLIES_KEPT = 50_000;

	private final EventStreamReader streams;

	/**
	 * The latest fold of recently seen claims; a pooled processor hands a claim's events
	 * to one thread at a time.
	 */
	private final Map<String, ClaimFold> folds = kept(FOLDS_KEPT);

	/** The latest row of recently changed claims. */
	private final Map<String, ClaimTally> tallies = kept(TALLIES_KEPT);

	/** A map of at most {@code capacity} entries that forgets the least recently used. */
	private static <V> Map<String, V> kept(int capacity) {
		return java.util.Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
				return size() > capacity;
			}

		});
	}

	public BoardProjection(JdbcTemplate jdbc, EventStreamReader streams) {
		this.jdbc = jdbc;
		this.streams = streams;
	}

	@EventHandler
	void on(InvestigationOpened event, @org.axonframework.eventhandling.Timestamp Instant recordedAt) {
		this.jdbc.update(
				"insert into rm_investigation (investigation_id, title, summary, closed, opened_at, updated_at)"
						+ " values (?, ?, ?, false, ?, ?)",
				event.investigationId().toString(), event.title(), event.summary(), Timestamp.from(recordedAt),
				Timestamp.from(recordedAt));
	}

	@EventHandler
	void on(InvestigationRenamed event, @org.axonframework.eventhandling.Timestamp Instant recordedAt) {
		this.jdbc.update("update rm_investigation set title = ?, updated_at = ? where investigation_id = ?",
				event.title(), Timestamp.from(recordedAt), event.investigationId().toString());
	}

	@EventHandler
	void on(InvestigationClosed event, @org.axonframework.eventhandling.Timestamp Instant recordedAt) {
		close(event.investigationId().toString(), true, recordedAt);
	}

	@EventHandler
	void on(InvestigationReopened event, @org.axonframework.eventhandling.Timestamp Instant recordedAt) {
		close(event.investigationId().toString(), false, recordedAt);
	}

	private void close(String investigationId, boolean closed, Instant recordedAt) {
		this.jdbc.update("update rm_investigation set closed = ?, updated_at = ? where investigation_id = ?", closed,
				Timestamp.from(recordedAt), investigationId);
	}

	@EventHandler
	void on(ClaimRegistered event, @SequenceNumber long sequenceNumber,
			@org.axonframework.eventhandling.Timestamp Instant recordedAt,
			@MetaDataValue("recordedBy") String recordedBy) {
		refresh(event.claimId(), new RecordedEvent(sequenceNumber + 1, event, recordedAt, recordedBy));
	}

	@EventHandler
	void on(ClaimDevelopment event, @SequenceNumber long sequenceNumber,
			@org.axonframework.eventhandling.Timestamp Instant recordedAt,
			@MetaDataValue("recordedBy") String recordedBy) {
		refresh(event.claimId(), new RecordedEvent(sequenceNumber + 1, event, recordedAt, recordedBy));
	}

	@ResetHandler
	void reset() {
		this.folds.clear();
		this.tallies.clear();
		ReadModelTables.empty(this.jdbc, "rm_claim");
		ReadModelTables.empty(this.jdbc, "rm_investigation");
	}

	/**
	 * Moves the claim's row on by the event, and marks it to be written once, when the
	 * batch commits. A development that only adds to the claim moves the row by itself
	 * ({@link ClaimTally#next}), from the row this batch already holds, the one kept in
	 * memory or the stored one, whichever is exactly one event behind. Anything else (a
	 * registration, a retraction, a correction, a strike, or no row one event behind
	 * after a retried batch or an eviction) takes the claim's fold, rebuilt from the
	 * stream up to this event when none is kept, never further: the row is then exactly
	 * what this processor's position implies, even when later events are already stored.
	 */
	private void refresh(ClaimId claimId, RecordedEvent event) {
		String id = claimId.toString();
		ClaimFold fold = this.folds.get(id);
		if (fold != null && fold.version() == event.version() - 1) {
			fold.add(event);
		}
		else if (fold != null) {
			this.folds.remove(id);
			fold = null;
		}
		ClaimTally tally = null;
		if (ClaimTally.onlyAdds(event.payload())) {
			// Even with the fold at hand the row moves by itself: the fold's view of the
			// whole claim costs as much again as all the rest of a board's event. The
			// stored row is read only when no fold can stand in for it.
			ClaimTally last = tallyAt(id, event.version() - 1, fold == null);
			tally = (last != null) ? last.next(event) : null;
		}
		if (tally == null) {
			if (fold == null) {
				fold = refold(id, event);
				this.folds.put(id, fold);
			}
			if (fold.current() == null) {
				return;
			}
			tally = ClaimTally.of(fold, event.recordedAt());
		}
		this.tallies.put(id, tally);
		pending().put(id, tally);
	}

	/** The claim's fold up to this event, read from its stream. */
	private ClaimFold refold(String claimId, RecordedEvent event) {
		ClaimFold fold = ClaimFold.incremental();
		if (event.version() > 1) {
			var stored = this.streams.read(claimId);
			for (RecordedEvent earlier : stored.subList(0, (int) Math.min(stored.size(), event.version() - 1))) {
				fold.add(earlier);
			}
		}
		fold.add(event);
		return fold;
	}

	/**
	 * The claim's row at this version, if this batch or memory has it, or the table when
	 * {@code readStored}.
	 */
	private ClaimTally tallyAt(String claimId, long version, boolean readStored) {
		ClaimTally pending = pending().get(claimId);
		if (pending != null) {
			return (pending.version() == version) ? pending : null;
		}
		ClaimTally kept = this.tallies.get(claimId);
		if (kept != null && kept.version() == version) {
			return kept;
		}
		if (!readStored) {
			return null;
		}
		List<ClaimTally> stored = this.jdbc.query("select investigation_id, statement, status, verdict, alleged_by,"
				+ " denied_by, developments, evidence, last_occurred_on, last_occurred_end, version, status_path,"
				+ " tally, registered_at, updated_at from rm_claim where claim_id = ?", BoardProjection::tally,
				claimId);
		return (stored.size() == 1 && stored.get(0).version() == version) ? stored.get(0) : null;
	}

	private static ClaimTally tally(ResultSet row, int n) throws SQLException {
		String verdict = row.getString("verdict");
		Timestamp lastEnd = row.getTimestamp("last_occurred_end");
		return new ClaimTally(row.getLong("version"), row.getString("investigation_id"), row.getString("statement"),
				ClaimStatus.valueOf(row.getString("status")), (verdict != null) ? Verdict.valueOf(verdict) : null,
				row.getString("alleged_by"), row.getString("denied_by"), row.getInt("developments"),
				row.getInt("evidence"), row.getString("last_occurred_on"),
				(lastEnd != null) ? lastEnd.toInstant() : null, row.getString("status_path"), row.getString("tally"),
				row.getTimestamp("registered_at").toInstant(), row.getTimestamp("updated_at").toInstant());
	}

	/** The rows of this batch, written when it commits. */
	private Map<String, ClaimTally> pending() {
		return ProcessorBatch.resource(PENDING, LinkedHashMap::new, this::write);
	}

	private void write(Map<String, ClaimTally> rows) {
		if (rows.isEmpty()) {
			return;
		}
		List<String> ids = new ArrayList<>(rows.keySet());
		List<Object[]> values = ids.stream().map((id) -> values(id, rows.get(id))).toList();
		int[] updated = this.jdbc.batchUpdate("update rm_claim set investigation_id = ?, statement = ?, status = ?,"
				+ " verdict = ?, alleged_by = ?, denied_by = ?, developments = ?, evidence = ?, last_occurred_on = ?,"
				+ " last_occurred_end = ?, version = ?, status_path = ?, tally = ?, updated_at = ?"
				+ " where claim_id = ?", DirectArguments.of(values));
		List<Object[]> inserts = new ArrayList<>();
		for (int i = 0; i < ids.size(); i++) {
			if (updated[i] == 0) {
				inserts.add(append(values.get(i), Timestamp.from(rows.get(ids.get(i)).registeredAt())));
			}
		}
		if (!inserts.isEmpty()) {
			this.jdbc.batchUpdate("insert into rm_claim (investigation_id, statement, status, verdict, alleged_by,"
					+ " denied_by, developments, evidence, last_occurred_on, last_occurred_end, version, status_path,"
					+ " tally, updated_at, claim_id, registered_at)"
					+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", DirectArguments.of(inserts));
		}
	}

	private static Object[] values(String claimId, ClaimTally row) {
		return new Object[] { row.investigationId(), row.statement(), row.status().name(),
				(row.verdict() != null) ? row.verdict().name() : null, row.allegedBy(), row.deniedBy(),
				row.developments(), row.evidence(), row.lastOccurredOn(),
				(row.lastOccurredEnd() != null) ? Timestamp.from(row.lastOccurredEnd()) : null, row.version(),
				row.statusPath(), row.sums(), Timestamp.from(row.updatedAt()), claimId };
	}

	private static Object[] append(Object[] values, Object last) {
		Object[] all = java.util.Arrays.copyOf(values, values.length + 1);
		all[values.length] = last;
		return all;
	}

}
