package org.newsdesk.tracker.projections.audit;

import java.sql.Timestamp;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.newsdesk.tracker.common.DevelopmentId;
import org.newsdesk.tracker.investigation.InvestigationId;
import org.newsdesk.tracker.projections.common.EventFields;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The raw event log with who recorded each event, when, and under which request. */
@Component
@ProcessingGroup(AuditProjection.NAME)
public class AuditProjection {

	public static final String NAME = "audit";

	private final JdbcTemplate jdbc;

	public AuditProjection(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The row's global index is read from the store by the event's identifier: a tracking
	 * token's position is the highest index seen, which for an event committed after a
	 * later one (concurrent writers leave such gaps) is not the event's own.
	 */
	@EventHandler
	void on(Object payload, EventMessage<?> message) {
		if (!(message instanceof DomainEventMessage<?> event)) {
			return;
		}
		Long globalIndex = this.jdbc.queryForObject(
				"select global_index from domain_event_entry where event_identifier = ?", Long.class,
				event.getIdentifier());
		InvestigationId investigationId = EventFields.investigationId(payload);
		DevelopmentId developmentId = EventFields.developmentId(payload);
		this.jdbc.update(
				"insert into rm_audit (global_index, event_identifier, aggregate_identifier, aggregate_type,"
						+ " sequence_number, event_type, recorded_at, recorded_by, investigation_id, development_id,"
						+ " correlation_id, request_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				globalIndex, event.getIdentifier(), event.getAggregateIdentifier(), event.getType(),
				event.getSequenceNumber(), payload.getClass().getSimpleName(), Timestamp.from(event.getTimestamp()),
				metadata(event, "recordedBy"), (investigationId != null) ? investigationId.toString() : null,
				(developmentId != null) ? developmentId.toString() : null, metadata(event, "correlationId"),
				metadata(event, "requestId"));
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
