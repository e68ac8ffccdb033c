package org.newsdesk.tracker.projections.timeline;

import java.sql.Timestamp;
import java.util.List;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.newsdesk.tracker.claim.DevelopmentCorrected;
import org.newsdesk.tracker.claim.DevelopmentStruck;
import org.newsdesk.tracker.projections.common.BatchedUpdates;
import org.newsdesk.tracker.projections.common.RecordedEvent;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code rm_timeline} with the same rules {@link Timeline} applies to reads at a
 * cut.
 */
@Component
@ProcessingGroup(TimelineProjection.NAME)
public class TimelineProjection {

	public static final String NAME = "timeline";

	private final JdbcTemplate jdbc;

	private final TimelineRows rows;

	private final BatchedUpdates updates;

	public TimelineProjection(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.rows = new TimelineRows(jdbc);
		this.updates = new BatchedUpdates(jdbc, NAME);
	}

	@EventHandler
	void on(Object payload, DomainEventMessage<?> message) {
		Object recordedBy = message.getMetaData().get("recordedBy");
		RecordedEvent event = new RecordedEvent(message.getSequenceNumber() + 1, payload, message.getTimestamp(),
				(recordedBy != null) ? recordedBy.toString() : null);
		if (payload instanceof DevelopmentCorrected correction) {
			this.updates.flushIfTouched(correction.correctedDevelopmentId().toString());
			this.rows.find(correction.correctedDevelopmentId().toString())
				.ifPresent((entry) -> update(Timeline.corrected(entry, correction)));
		}
		else if (payload instanceof DevelopmentStruck strike) {
			String target = strike.struckDevelopmentId().toString();
			this.updates.touching(target, "update rm_timeline set struck = true, struck_reason = ? where entry_id = ?",
					strike.reason(), target);
		}
		else {
			Timeline.entryOf(event).ifPresent(this::insert);
		}
	}

	private void insert(TimelineEntry entry) {
		this.updates.touching(entry.entryId(),
				"insert into rm_timeline (entry_id, investigation_id, subject_type, subject_id, type,"
						+ " occurred_on, occurred_start, recorded_at, recorded_by, summary, party_ids, source_ids, detail,"
						+ " target_id, struck, struck_reason, corrections, last_correction_reason)"
						+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				entry.entryId(), entry.investigationId(), entry.subjectType(), entry.subjectId(), entry.type(),
				entry.occurredOn().text(), Timestamp.from(entry.occurredOn().start()),
				Timestamp.from(entry.recordedAt()), entry.recordedBy(), entry.summary(), join(entry.partyIds()),
				join(entry.sourceIds()), entry.detail(), entry.targetId(), entry.struck(), entry.struckReason(),
				entry.corrections(), entry.lastCorrectionReason());
	}

	private void update(TimelineEntry entry) {
		this.updates.touching(entry.entryId(),
				"update rm_timeline set occurred_on = ?, occurred_start = ?, summary = ?, party_ids = ?,"
						+ " source_ids = ?, detail = ?, corrections = ?, last_correction_reason = ? where entry_id = ?",
				entry.occurredOn().text(), Timestamp.from(entry.occurredOn().start()), entry.summary(),
				join(entry.partyIds()), join(entry.sourceIds()), entry.detail(), entry.corrections(),
				entry.lastCorrectionReason(), entry.entryId());
	}

	private static String join(List<String> ids) {
		return String.join(",", ids);
	}

	@ResetHandler
	void reset() {
		this.jdbc.update("delete from rm_timeline");
	}

}
