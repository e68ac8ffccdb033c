package org.newsdesk.tracker.projections.audit;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.newsdesk.tracker.common.DevelopmentId;
import org.newsdesk.tracker.investigation.InvestigationId;
import org.newsdesk.tracker.projections.common.EventFields;
import org.newsdesk.tracker.projections.common.ProcessorBatch;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The raw event log with who recorded each event, when, and under which request. */
@Component
@ProcessingGroup(AuditProjection.NAME)
public class AuditProjection {

	public static final String NAME = "audit";

	private static final String PENDING = AuditProjection.class.getName() + ".pending";

	private static final int LOOKED_UP_PER_QUERY = 500;

	private final JdbcTemplate jdbc;

	public AuditProjection(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Rows are written when the processor's batch commits, in one JDBC batch. Each row's
	 * global index is read from the store by the event's identifier, in one query for the
	 * batch: a tracking token's position is the highest index seen, which for an event
	 * committed after a later one (concurrent writers leave such gaps) is not the event's
	 * own.
	 */
	@EventHandler
	void on(Object payload, EventMessage<?> message) {
		if (!(message instanceof DomainEventMessage<?> event)) {
			return;
		}
		InvestigationId investigationId = EventFields.investigationId(payload);
		DevelopmentId developmentId = EventFields.developmentId(payload);
		Object[] row = { null, event.getIdentifier(), event.getAggregateIdentifier(), event.getType(),
				event.getSequenceNumber(), payload.getClass().getSimpleName(), Timestamp.from(event.getTimestamp()),
				metadata(event, "recordedBy"), (investigationId != null) ? investigationId.toString() : null,
				(developmentId != null) ? developmentId.toString() : null, metadata(event, "correlationId"),
				metadata(event, "requestId") };
		if (ProcessorBatch.active()) {
			pending().add(row);
		}
		else {
			write(new ArrayList<>(List.<Object[]>of(row)));
		}
	}

	private List<Object[]> pending() {
		return ProcessorBatch.resource(PENDING, ArrayList::new, this::write);
	}

	private void write(List<Object[]> rows) {
		if (rows.isEmpty()) {
			return;
		}
		Map<String, Long> positions = new HashMap<>();
		for (int from = 0; from < rows.size(); from += LOOKED_UP_PER_QUERY) {
			List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + LOOKED_UP_PER_QUERY));
			this.jdbc.query("select event_identifier, global_index from domain_event_entry where event_identifier in ("
					+ String.join(",", Collections.nCopies(chunk.size(), "?")) + ")", (result) -> {
						positions.put(result.getString(1), result.getLong(2));
					}, chunk.stream().map((row) -> row[1]).toArray());
		}
		for (Object[] row : rows) {
			Long position = positions.get((String) row[1]);
			if (position == null) {
				throw new IllegalStateException("event " + row[1] + " is not in the event store");
			}
			row[0] = position;
		}
		this.jdbc
			.batchUpdate("insert into rm_audit (global_index, event_identifier, aggregate_identifier, aggregate_type,"
					+ " sequence_number, event_type, recorded_at, recorded_by, investigation_id, development_id,"
					+ " correlation_id, request_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
		rows.clear();
	}

	private static String metadata(EventMessage<?> event, String key) {
		Object value = event.getMetaData().get(key);
		return (value != null) ? value.toString() : null;
	}

	@ResetHandler
	void reset() {
		this.jdbc.update("delete from rm_audit");
	}

}
