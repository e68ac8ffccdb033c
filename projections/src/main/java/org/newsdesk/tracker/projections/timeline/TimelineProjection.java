package org.newsdesk.tracker.projections.timeline;

import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.newsdesk.tracker.claim.DevelopmentCorrected;
import org.newsdesk.tracker.claim.DevelopmentStruck;
import org.newsdesk.tracker.projections.common.BatchedUpdates;
import org.newsdesk.tracker.projections.common.ProcessorBatch;
import org.newsdesk.tracker.projections.common.ReadModelIndexes;
import org.newsdesk.tracker.projections.common.ReadModelRows;
import org.newsdesk.tracker.projections.common.ReadModelTables;
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

	private static final String WRITTEN = TimelineProjection.class.getName() + ".written";

	private static final ReadModelRows.Into ROWS = ReadModelRows.into("rm_timeline", "entry_id", "investigation_id",
			"subject_type", "subject_id", "type", "occurred_on", "occurred_start", "recorded_at", "recorded_by",
			"summary", "party_ids", "source_ids", "detail", "target_id", "struck", "struck_reason", "corrections",
			"last_correction_reason");

	private final JdbcTemplate jdbc;

	private final ReadModelIndexes indexes;

	private final TimelineRows rows;

	private final BatchedUpdates updates;

	public TimelineProjection(JdbcTemplate jdbc, ReadModelIndexes indexes) {
		this.jdbc = jdbc;
		this.indexes = indexes;
		this.rows = new TimelineRows(jdbc);
		this.updates = new BatchedUpdates(jdbc, NAME);
	}

	@EventHandler
	void on(Object payload, DomainEventMessage<?> message) {
		Object recordedBy = message.getMetaData().get("recordedBy");
		RecordedEvent event = new RecordedEvent(message.getSequenceNumber() + 1, payload, message.getTimestamp(),
				(recordedBy != null) ? recordedBy.toString() : null);
		Map<String, TimelineEntry> written = written();
		if (payload instanceof DevelopmentCorrected correction) {
			String target = correction.correctedDevelopmentId().toString();
			TimelineEntry known = (written != null) ? written.get(target) : null;
			if (known == null) {
				this.updates.flushIfTouched(target);
				known = this.rows.find(target).orElse(null);
			}
			if (known != null) {
				update(Timeline.corrected(known, correction), written);
			}
		}
		else if (payload instanceof DevelopmentStruck strike) {
			String target = strike.struckDevelopmentId().toString();
			this.updates.touching(target, "update rm_timeline set struck = true, struck_reason = ? where entry_id = ?",
					strike.reason(), target);
			if (written != null) {
				written.computeIfPresent(target, (id, entry) -> entry.struck(strike.reason()));
			}
		}
		else {
			Timeline.entryOf(event).ifPresent((entry) -> insert(entry, written));
		}
	}

	/**
	 * The entries this batch has written, as they will stand when it commits: a
	 * correction of one of them needs neither the batch sent first nor the row read back.
	 * Null outside a batch, where every statement runs at once.
	 */
	private Map<String, TimelineEntry> written() {
		return ProcessorBatch.active() ? ProcessorBatch.resource(WRITTEN, HashMap::new) : null;
	}

	private void insert(TimelineEntry entry, Map<String, TimelineEntry> written) {
		this.updates.inserting(entry.entryId(), ROWS, entry.entryId(), entry.investigationId(), entry.subjectType(),
				entry.subjectId(), entry.type(), entry.occurredOn().text(), Timestamp.from(entry.occurredOn().start()),
				Timestamp.from(entry.recordedAt()), entry.recordedBy(), entry.summary(), join(entry.partyIds()),
				join(entry.sourceIds()), entry.detail(), entry.targetId(), entry.struck(), entry.struckReason(),
				entry.corrections(), entry.lastCorrectionReason());
		if (written != null) {
			written.put(entry.entryId(), entry);
		}
	}

	private void update(TimelineEntry entry, Map<String, TimelineEntry> written) {
		this.updates.touching(entry.entryId(),
				"update rm_timeline set occurred_on = ?, occurred_start = ?, summary = ?, party_ids = ?,"
						+ " source_ids = ?, detail = ?, corrections = ?, last_correction_reason = ? where entry_id = ?",
				entry.occurredOn().text(), Timestamp.from(entry.occurredOn().start()), entry.summary(),
				join(entry.partyIds()), join(entry.sourceIds()), entry.detail(), entry.corrections(),
				entry.lastCorrectionReason(), entry.entryId());
		if (written != null) {
			written.put(entry.entryId(), entry);
		}
	}

	private static String join(List<String> ids) {
		return String.join(",", ids);
	}

	@ResetHandler
	void reset() {
		ReadModelTables.empty(this.jdbc, "rm_timeline");
		this.indexes.setAsideForRebuild("rm_timeline");
	}

}
