package org.newsdesk.tracker.projections.timeline;

import java.util.ArrayList;
import java.util.List;

import org.newsdesk.tracker.investigation.InvestigationId;
import org.newsdesk.tracker.projections.common.Cut;
import org.newsdesk.tracker.projections.common.EventStreamReader;
import org.newsdesk.tracker.projections.common.RecordedEvent;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * An investigation's timeline: now from the read model, at a cut by folding the streams
 * of its claims, proceedings and client relationships with the same rules.
 */
@Component
public class TimelineQueries {

	private final JdbcTemplate jdbc;

	private final TimelineRows rows;

	private final EventStreamReader streams;

	public TimelineQueries(JdbcTemplate jdbc, EventStreamReader streams) {
		this.jdbc = jdbc;
		this.rows = new TimelineRows(jdbc);
		this.streams = streams;
	}

	public List<TimelineEntry> current(InvestigationId investigationId, Timeline.Order order, boolean withStruck) {
		List<TimelineEntry> entries = new ArrayList<>(this.rows.ofInvestigation(investigationId.toString()));
		entries.removeIf((entry) -> !withStruck && entry.struck());
		entries.sort(order.comparator());
		return entries;
	}

	/**
	 * Every development that names the party among those who said or did it, in every
	 * investigation.
	 */
	public List<TimelineEntry> involving(String partyId, boolean withStruck) {
		return sorted(this.rows.involving(partyId), withStruck);
	}

	/** Every development of one claim, proceeding or client relationship. */
	public List<TimelineEntry> ofSubject(String subjectId, boolean withStruck) {
		return sorted(this.rows.ofSubject(subjectId), withStruck);
	}

	private static List<TimelineEntry> sorted(List<TimelineEntry> entries, boolean withStruck) {
		return entries.stream()
			.filter((entry) -> withStruck || !entry.struck())
			.sorted(Timeline.Order.OCCURRED.comparator())
			.toList();
	}

	public List<TimelineEntry> at(InvestigationId investigationId, Cut cut, Timeline.Order order, boolean withStruck) {
		List<RecordedEvent> events = new ArrayList<>();
		for (List<RecordedEvent> stream : this.streams.readAll(this.jdbc.queryForList(
				"select distinct subject_id from rm_timeline where investigation_id = ? order by subject_id",
				String.class, investigationId.toString()))
			.values()) {
			events.addAll(stream);
		}
		return Timeline.fold(events, cut, order, withStruck)
			.stream()
			.filter((entry) -> entry.investigationId().equals(investigationId.toString()))
			.toList();
	}

}
