package org.newsdesk.tracker.projections.registers;

import java.sql.Timestamp;
import java.util.List;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.newsdesk.tracker.claim.DevelopmentCorrected;
import org.newsdesk.tracker.claim.DevelopmentStruck;
import org.newsdesk.tracker.common.DevelopmentDetails;
import org.newsdesk.tracker.common.Figure;
import org.newsdesk.tracker.projections.common.BatchedUpdates;
import org.newsdesk.tracker.projections.common.Cut;
import org.newsdesk.tracker.projections.common.EventFields;
import org.newsdesk.tracker.projections.common.EventStreamReader;
import org.newsdesk.tracker.projections.common.ReadModelRows;
import org.newsdesk.tracker.projections.common.ReadModelTables;
import org.newsdesk.tracker.projections.common.RecordedEvent;
import org.newsdesk.tracker.projections.timeline.Timeline;
import org.newsdesk.tracker.projections.timeline.TimelineEntry;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The figures register, part of the registers projection. A class of its own because its
 * handler takes every event, and Axon gives each event to one handler per class.
 */
@Component
@ProcessingGroup(RegistersProjection.NAME)
public class FiguresProjection {

	private static final ReadModelRows.Into ROWS = ReadModelRows.into("rm_figure", "development_id", "position",
			"investigation_id", "subject_id", "figure_value", "unit", "label", "approximate", "party_ids", "source_ids",
			"occurred_on", "recorded_at", "struck");

	private final JdbcTemplate jdbc;

	private final EventStreamReader streams;

	private final BatchedUpdates updates;

	public FiguresProjection(JdbcTemplate jdbc, EventStreamReader streams) {
		this.jdbc = jdbc;
		this.streams = streams;
		this.updates = new BatchedUpdates(jdbc, "figures");
	}

	/**
	 * Figures follow the development they came with: added, corrected and struck with it.
	 * A correction refolds the claim's stream up to itself to get the development as
	 * corrected. Rows are written when the processor's batch commits, keyed by their
	 * development.
	 */
	@EventHandler
	void figures(Object payload, DomainEventMessage<?> message) {
		if (payload instanceof DevelopmentStruck strike) {
			String target = strike.struckDevelopmentId().toString();
			this.updates.touching(target, "update rm_figure set struck = true where development_id = ?", target);
			return;
		}
		if (payload instanceof DevelopmentCorrected correction) {
			String target = correction.correctedDevelopmentId().toString();
			this.updates.flushIfTouched(target);
			Integer rows = this.jdbc.queryForObject("select count(*) from rm_figure where development_id = ?",
					Integer.class, target);
			if ((rows == null || rows == 0) && correction.correction().figures() == null) {
				// A development without figures has none after a correction that sets
				// none.
				return;
			}
			List<RecordedEvent> stream = this.streams.read(correction.claimId().toString());
			List<RecordedEvent> upToHere = stream.subList(0,
					(int) Math.min(stream.size(), message.getSequenceNumber() + 1));
			this.updates.touching(target, "delete from rm_figure where development_id = ?", target);
			Timeline.fold(upToHere, Cut.NONE, Timeline.Order.RECORDED, true)
				.stream()
				.filter((entry) -> entry.entryId().equals(target))
				.findFirst()
				.ifPresent(this::insertFigures);
			return;
		}
		DevelopmentDetails details = EventFields.details(payload);
		if (details == null || details.figures().isEmpty()) {
			return;
		}
		Object recordedBy = message.getMetaData().get("recordedBy");
		RecordedEvent event = new RecordedEvent(message.getSequenceNumber() + 1, payload, message.getTimestamp(),
				(recordedBy != null) ? recordedBy.toString() : null);
		Timeline.entryOf(event).ifPresent(this::insertFigures);
	}

	private void insertFigures(TimelineEntry entry) {
		List<Figure> figures = entry.figures();
		for (int i = 0; i < figures.size(); i++) {
			Figure figure = figures.get(i);
			this.updates.inserting(entry.entryId(), ROWS, entry.entryId(), i, entry.investigationId(),
					entry.subjectId(), figure.value(), figure.unit(), figure.label(), figure.approximate(),
					String.join(",", entry.partyIds()), String.join(",", entry.sourceIds()), entry.occurredOn().text(),
					Timestamp.from(entry.recordedAt()), entry.struck());
		}
	}

	@ResetHandler
	void reset() {
		ReadModelTables.empty(this.jdbc, "rm_figure");
	}

}
