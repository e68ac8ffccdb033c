package org.newsdesk.tracker.projections.audit;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.newsdesk.tracker.common.DevelopmentId;
import org.newsdesk.tracker.investigation.InvestigationId;
import org.newsdesk.tracker.projections.common.EventFields;
import org.newsdesk.tracker.projections.common.ProcessorBatch;
import org.newsdesk.tracker.projections.common.ReadModelIndexes;
import org.newsdesk.tracker.projections.common.ReadModelRows;
import org.newsdesk.tracker.projections.common.ReadModelTables;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The raw event log with who recorded each event, when, and under which request. */
@Component
@ProcessingGroup(AuditProjection.NAME)
public class AuditProjection {

	public static final String NAME = "audit";

	private static final String PENDING = AuditProjection.class.getName() + ".pending";

	private static final int LOOKED_UP_PER_QUERY = 500;

	private static final ReadModelRows.Into ROWS = ReadModelRows.into("rm_audit", "global_index", "event_identifier",
			"aggregate_identifier", "aggregate_type", "sequence_number", "event_type", "recorded_at", "recorded_by",
			"investigation_id", "development_id", "correlation_id", "request_id");

	/**
	 * How far apart a batch's positions may lie, per row, for the span between them to be
	 * read as a range: beyond that, gaps make up most of it, and the events are looked up
	 * by identifier.
	 */
	private static final int RANGE_PER_ROW = 4;

	private final JdbcTemplate jdbc;

	private final ReadModelIndexes indexes;

	private final ReadModelRows rows;

	public AuditProjection(JdbcTemplate jdbc, ReadModelIndexes indexes) {
		this.jdbc = jdbc;
		this.indexes = indexes;
		this.rows = new ReadModelRows(jdbc);
	}

	/**
	 * Rows are written when the processor's batch commits, in one JDBC batch. Each row's
	 * global index is read from the store, in one query for the batch. A tracking token's
	 * position is the highest index seen, which for an event committed after a later one
	 * (concurrent writers leave such gaps) is not the event's own, so the positions are
	 * only where to look: the batch's span of them is read as one range of the store's
	 * primary key, and an event not found there by its identifier (one that filled a gap)
	 * is looked up by identifier. Looking every event up by identifier was one probe of
	 * that index, and one read of a random page of the store, per event: at a million
	 * events, a large share of PostgreSQL's work in a rebuild.
	 */
	@EventHandler
	void on(Object payload, EventMessage<?> message) {
		if (!(message instanceof DomainEventMessage<?> event)) {
			return;
		}
		InvestigationId investigationId = EventFields.investigationId(payload);
		DevelopmentId developmentId = EventFields.developmentId(payload);
		Object[] row = { position(message), event.getIdentifier(), event.getAggregateIdentifier(), event.getType(),
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

	/** Where the tracking token says the event is, or null for an untracked one. */
	private static Long position(EventMessage<?> message) {
		if (message instanceof TrackedEventMessage<?> tracked && tracked.trackingToken() != null) {
			OptionalLong position = tracked.trackingToken().position();
			return position.isPresent() ? position.getAsLong() : null;
		}
		return null;
	}

	private void write(List<Object[]> rows) {
		if (rows.isEmpty()) {
			return;
		}
		Map<String, Long> positions = new HashMap<>();
		long lowest = Long.MAX_VALUE;
		long highest = Long.MIN_VALUE;
		for (Object[] row : rows) {
			if (row[0] instanceof Long position) {
				lowest = Math.min(lowest, position);
				highest = Math.max(highest, position);
			}
		}
		if (lowest <= highest && highest - lowest < RANGE_PER_ROW * rows.size()) {
			this.jdbc.query("select event_identifier, global_index from domain_event_entry"
					+ " where global_index >= ? and global_index <= ?", (result) -> {
						positions.put(result.getString(1), result.getLong(2));
					}, lowest, highest);
		}
		List<Object[]> unplaced = rows.stream().filter((row) -> !positions.containsKey((String) row[1])).toList();
		for (int from = 0; from < unplaced.size(); from += LOOKED_UP_PER_QUERY) {
			List<Object[]> chunk = unplaced.subList(from, Math.min(unplaced.size(), from + LOOKED_UP_PER_QUERY));
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
		this.rows.insert(ROWS, rows);
		rows.clear();
	}

	private static String metadata(EventMessage<?> event, String key) {
		Object value = event.getMetaData().get(key);
		return (value != null) ? value.toString() : null;
	}

	@ResetHandler
	void reset() {
		ReadModelTables.empty(this.jdbc, "rm_audit");
		this.indexes.setAsideForRebuild("rm_audit");
	}

}
