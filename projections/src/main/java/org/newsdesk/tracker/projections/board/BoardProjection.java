package org.newsdesk.tracker.projections.board;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.newsdesk.tracker.claim.ClaimDevelopment;
import org.newsdesk.tracker.claim.ClaimId;
import org.newsdesk.tracker.claim.ClaimRegistered;
import org.newsdesk.tracker.investigation.InvestigationClosed;
import org.newsdesk.tracker.investigation.InvestigationOpened;
import org.newsdesk.tracker.investigation.InvestigationRenamed;
import org.newsdesk.tracker.investigation.InvestigationReopened;
import org.newsdesk.tracker.projections.claim.ClaimFold;
import org.newsdesk.tracker.projections.claim.ClaimView;
import org.newsdesk.tracker.projections.common.EventStreamReader;
import org.newsdesk.tracker.projections.common.ProcessorBatch;
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

	private final EventStreamReader streams;

	/**
	 * The latest fold of recently seen claims; a pooled processor hands a claim's events
	 * to one thread at a time.
	 */
	private final Map<String, ClaimFold> folds = java.util.Collections
		.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<String, ClaimFold> eldest) {
				return size() > FOLDS_KEPT;
			}

		});

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
		this.jdbc.update("delete from rm_claim");
		this.jdbc.update("delete from rm_investigation");
	}

	/**
	 * Adds the event to the claim's fold, kept between events, and marks the row to be
	 * written once, when the batch commits. A fold that is not exactly one event behind
	 * (first sight of the claim, a batch retried after a failure, a fold evicted) is
	 * rebuilt from the stream up to this event, never further: the row is then exactly
	 * what this processor's position implies, even when later events are already stored.
	 */
	private void refresh(ClaimId claimId, RecordedEvent event) {
		String id = claimId.toString();
		ClaimFold fold = this.folds.get(id);
		if (fold == null || fold.version() != event.version() - 1) {
			fold = ClaimFold.incremental();
			if (event.version() > 1) {
				var stored = this.streams.read(id);
				for (RecordedEvent earlier : stored.subList(0, (int) Math.min(stored.size(), event.version() - 1))) {
					fold.add(earlier);
				}
			}
			this.folds.put(id, fold);
		}
		fold.add(event);
		ClaimView view = fold.current();
		if (view == null) {
			return;
		}
		pending().put(id, new Row(view, event.recordedAt()));
	}

	private record Row(ClaimView view, Instant updatedAt) {
	}

	/** The rows of this batch, written when it commits. */
	private Map<String, Row> pending() {
		return ProcessorBatch.resource(PENDING, LinkedHashMap::new, this::write);
	}

	private void write(Map<String, Row> rows) {
		if (rows.isEmpty()) {
			return;
		}
		List<String> ids = new ArrayList<>(rows.keySet());
		List<Object[]> values = ids.stream().map((id) -> values(id, rows.get(id))).toList();
		int[] updated = this.jdbc.batchUpdate("update rm_claim set investigation_id = ?, statement = ?, status = ?,"
				+ " verdict = ?, alleged_by = ?, denied_by = ?, developments = ?, evidence = ?, last_occurred_on = ?,"
				+ " last_occurred_end = ?, version = ?, status_path = ?, updated_at = ? where claim_id = ?", values);
		List<Object[]> inserts = new ArrayList<>();
		for (int i = 0; i < ids.size(); i++) {
			if (updated[i] == 0) {
				inserts.add(append(values.get(i), Timestamp.from(registeredAt(ids.get(i), rows.get(ids.get(i))))));
			}
		}
		if (!inserts.isEmpty()) {
			this.jdbc.batchUpdate("insert into rm_claim (investigation_id, statement, status, verdict, alleged_by,"
					+ " denied_by, developments, evidence, last_occurred_on, last_occurred_end, version, status_path,"
					+ " updated_at, claim_id, registered_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
					inserts);
		}
	}

	private Instant registeredAt(String claimId, Row row) {
		ClaimFold fold = this.folds.get(claimId);
		Instant registered = (fold != null) ? fold.registeredAt() : null;
		return (registered != null) ? registered : row.updatedAt();
	}

	private static Object[] values(String claimId, Row row) {
		ClaimView view = row.view();
		return new Object[] { view.investigationId().toString(), view.statement(), view.status().name(),
				(view.assessment() != null) ? view.assessment().verdict().name() : null, ids(view.allegedBy()),
				ids(view.deniedBy()), view.developments(), view.evidence(),
				(view.lastOccurredOn() != null) ? view.lastOccurredOn().text() : null,
				(view.lastOccurredOn() != null) ? Timestamp.from(view.lastOccurredOn().end()) : null, view.version(),
				view.statusPath().stream().map(Enum::name).collect(Collectors.joining(",")),
				Timestamp.from(row.updatedAt()), claimId };
	}

	private static Object[] append(Object[] values, Object last) {
		Object[] all = java.util.Arrays.copyOf(values, values.length + 1);
		all[values.length] = last;
		return all;
	}

	static String ids(List<?> ids) {
		return ids.stream().map(Object::toString).collect(Collectors.joining(","));
	}

}
