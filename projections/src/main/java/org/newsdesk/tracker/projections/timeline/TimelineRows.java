package org.newsdesk.tracker.projections.timeline;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.newsdesk.tracker.common.OccurredOn;

import org.springframework.jdbc.core.JdbcTemplate;

/** Reads rows of {@code rm_timeline} back into entries. */
final class TimelineRows {

	static final String COLUMNS = "entry_id, investigation_id, subject_type, subject_id, type, occurred_on,"
			+ " recorded_at, recorded_by, summary, party_ids, source_ids, detail, target_id, struck, struck_reason,"
			+ " corrections, last_correction_reason";

	private final JdbcTemplate jdbc;

	TimelineRows(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Optional<TimelineEntry> find(String entryId) {
		return this.jdbc
			.query("select " + COLUMNS + " from rm_timeline where entry_id = ?", TimelineRows::entry, entryId)
			.stream()
			.findFirst();
	}

	List<TimelineEntry> ofInvestigation(String investigationId) {
		return this.jdbc.query("select " + COLUMNS + " from rm_timeline where investigation_id = ?",
				TimelineRows::entry, investigationId);
	}

	List<TimelineEntry> involving(String partyId) {
		return this.jdbc.query("select " + COLUMNS + " from rm_timeline where party_ids like ?", TimelineRows::entry,
				"%" + partyId + "%");
	}

	List<TimelineEntry> ofSubject(String subjectId) {
		return this.jdbc.query("select " + COLUMNS + " from rm_timeline where subject_id = ?", TimelineRows::entry,
				subjectId);
	}

	static TimelineEntry entry(ResultSet row, int n) throws SQLException {
		return new TimelineEntry(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
				row.getString(5), OccurredOn.parse(row.getString(6)), row.getTimestamp(7).toInstant(), row.getString(8),
				row.getString(9), split(row.getString(10)), split(row.getString(11)), row.getString(12),
				row.getString(13), row.getBoolean(14), row.getString(15), row.getInt(16), row.getString(17), List.of());
	}

	private static List<String> split(String ids) {
		return (ids == null || ids.isEmpty()) ? List.of() : Arrays.asList(ids.split(","));
	}

}
