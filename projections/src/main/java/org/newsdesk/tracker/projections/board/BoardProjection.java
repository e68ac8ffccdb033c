package org.newsdesk.tracker.projections.board;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.newsdesk.tracker.claim.ClaimDevelopment;
import org.newsdesk.tracker.claim.ClaimId;
import org.newsdesk.tracker.claim.ClaimRegistered;
import org.newsdesk.tracker.investigation.InvestigationClosed;
import org.newsdesk.tracker.investigation.InvestigationOpened;
import org.newsdesk.tracker.investigation.InvestigationRenamed;
import org.newsdesk.tracker.investigation.InvestigationReopened;
import org.newsdesk.tracker.projections.claim.ClaimFold;
import org.newsdesk.tracker.projections.claim.ClaimView;
import org.newsdesk.tracker.projections.common.Cut;
import org.newsdesk.tracker.projections.common.EventStreamReader;

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

	private final EventStreamReader streams;

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
	void on(ClaimRegistered event, @SequenceNumber long sequenceNumber) {
		refresh(event.claimId(), sequenceNumber);
	}

	@EventHandler
	void on(ClaimDevelopment event, @SequenceNumber long sequenceNumber) {
		refresh(event.claimId(), sequenceNumber);
	}

	@ResetHandler
	void reset() {
		this.jdbc.update("delete from rm_claim");
		this.jdbc.update("delete from rm_investigation");
	}

	/**
	 * Folds the claim's stream up to the event being handled, never further: the row is
	 * then exactly what this processor's position implies, even when later events are
	 * already stored.
	 */
	private void refresh(ClaimId claimId, long sequenceNumber) {
		var stored = this.streams.read(claimId.toString());
		var stream = stored.subList(0, (int) Math.min(stored.size(), sequenceNumber + 1));
		ClaimView view = ClaimFold.view(stream, Cut.NONE);
		if (view == null) {
			return;
		}
		Instant registeredAt = stream.get(0).recordedAt();
		Instant updatedAt = stream.get(stream.size() - 1).recordedAt();
		Object[] values = { view.investigationId().toString(), view.statement(), view.status().name(),
				(view.assessment() != null) ? view.assessment().verdict().name() : null, ids(view.allegedBy()),
				ids(view.deniedBy()), view.developments(), view.evidence(),
				(view.lastOccurredOn() != null) ? view.lastOccurredOn().text() : null,
				(view.lastOccurredOn() != null) ? Timestamp.from(view.lastOccurredOn().end()) : null, view.version(),
				view.statusPath().stream().map(Enum::name).collect(Collectors.joining(",")), Timestamp.from(updatedAt),
				claimId.toString() };
		int updated = this.jdbc.update("update rm_claim set investigation_id = ?, statement = ?, status = ?,"
				+ " verdict = ?, alleged_by = ?, denied_by = ?, developments = ?, evidence = ?, last_occurred_on = ?,"
				+ " last_occurred_end = ?, version = ?, status_path = ?, updated_at = ? where claim_id = ?", values);
		if (updated == 0) {
			this.jdbc.update("insert into rm_claim (investigation_id, statement, status, verdict, alleged_by,"
					+ " denied_by, developments, evidence, last_occurred_on, last_occurred_end, version, status_path,"
					+ " updated_at, claim_id, registered_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
					append(values, Timestamp.from(registeredAt)));
		}
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
