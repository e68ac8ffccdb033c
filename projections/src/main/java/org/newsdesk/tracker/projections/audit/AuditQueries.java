package org.newsdesk.tracker.projections.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Pages through the audit log in store order, filtered by user, time range and
 * investigation.
 */
@Component
public class AuditQueries {

	public static final int MAX_PAGE = 500;

	/** Which events to list; {@code null} fields do not filter. */
	public record Filter(String recordedBy, Instant from, Instant to, String investigationId) {
	}

	/**
	 * A page of entries, and the {@code after} value that fetches the next one, or null
	 * at the end.
	 */
	public record Page(List<AuditEntry> entries, Long nextAfter) {
	}

	private final JdbcTemplate jdbc;

	public AuditQueries(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public Page page(Filter filter, long after, int limit) {
		StringBuilder sql = new StringBuilder("select global_index, event_identifier, aggregate_identifier,"
				+ " aggregate_type, sequence_number, event_type, recorded_at, recorded_by, investigation_id,"
				+ " development_id, correlation_id, request_id from rm_audit where global_index > ?");
		List<Object> args = new ArrayList<>(List.of(after));
		if (filter.recordedBy() != null) {
			sql.append(" and recorded_by = ?");
			args.add(filter.recordedBy());
		}
		if (filter.from() != null) {
			sql.append(" and recorded_at >= ?");
			args.add(Timestamp.from(filter.from()));
		}
		if (filter.to() != null) {
			sql.append(" and recorded_at <= ?");
			args.add(Timestamp.from(filter.to()));
		}
		if (filter.investigationId() != null) {
			sql.append(" and investigation_id = ?");
			args.add(filter.investigationId());
		}
		int size = Math.max(1, Math.min(limit, MAX_PAGE));
		sql.append(" order by global_index fetch first ").append(size + 1).append(" rows only");
		List<AuditEntry> entries = this.jdbc.query(sql.toString(),
				(row, n) -> new AuditEntry(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
						row.getLong(5), row.getString(6), row.getTimestamp(7).toInstant(), row.getString(8),
						row.getString(9), row.getString(10), row.getString(11), row.getString(12)),
				args.toArray());
		if (entries.size() > size) {
			List<AuditEntry> page = entries.subList(0, size);
			return new Page(List.copyOf(page), page.get(page.size() - 1).globalIndex());
		}
		return new Page(entries, null);
	}

}
