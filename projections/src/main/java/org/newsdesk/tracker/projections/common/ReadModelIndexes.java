package org.newsdesk.tracker.projections.common;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Sets a large read model's secondary indexes aside for a rebuild, and builds them again
 * at its end. A rebuild writes a row per event into {@code rm_timeline} and
 * {@code rm_audit}, whose secondary indexes take a row per event at scattered places: at
 * a million events, keeping them row by row cost PostgreSQL about a tenth more CPU, and
 * the rebuild about a fifth more time, than building them once from the finished tables
 * ({@code docs/performance.md}). Only on PostgreSQL (see
 * {@code V12__read_model_indexes_set_aside.sql}, whose functions do it with the owner's
 * rights), and only when the store holds at least
 * {@code tracker.projections.set-aside-indexes-from} events; everywhere else a rebuild
 * keeps its indexes as before. The projections' own statements use the primary keys,
 * which stay; the reads the secondary indexes serve are refused while a projection
 * rebuilds, and the rebuild is not done until they are back.
 */
@Component
public class ReadModelIndexes {

	private static final String SET_ASIDE = "set_aside_read_model_indexes(text)";

	private final JdbcTemplate jdbc;

	private final long fromEvents;

	/** Whether the database has the functions and lets this role use them; asked once. */
	private volatile Boolean available;

	public ReadModelIndexes(JdbcTemplate jdbc,
			@Value("${tracker.projections.set-aside-indexes-from:100000}") long fromEvents) {
		this.jdbc = jdbc;
		this.fromEvents = fromEvents;
	}

	/**
	 * In a reset's transaction, after {@code table} was emptied: sets its secondary
	 * indexes aside if the rebuild that follows is large enough to gain from it.
	 * @return how many indexes were set aside
	 */
	public int setAsideForRebuild(String table) {
		if (!available()) {
			return 0;
		}
		Long head = this.jdbc.queryForObject("select max(global_index) from domain_event_entry", Long.class);
		if (head == null || head < this.fromEvents) {
			return 0;
		}
		Integer count = this.jdbc.queryForObject("select set_aside_read_model_indexes(?)", Integer.class, table);
		return (count != null) ? count : 0;
	}

	/** Whether any of {@code table}'s indexes are set aside now. */
	public boolean isSetAside(String table) {
		return available() && Boolean.TRUE.equals(this.jdbc.queryForObject(
				"select exists (select from read_model_index_set_aside where table_name = ?)", Boolean.class, table));
	}

	/**
	 * Builds the indexes set aside for {@code table} again, in one transaction.
	 * @return how many were built
	 */
	public int restore(String table) {
		Integer count = this.jdbc.queryForObject("select restore_read_model_indexes(?)", Integer.class, table);
		return (count != null) ? count : 0;
	}

	private boolean available() {
		Boolean known = this.available;
		if (known == null) {
			known = ask();
			this.available = known;
		}
		return known;
	}

	private boolean ask() {
		return Boolean.TRUE.equals(this.jdbc.execute((ConnectionCallback<Boolean>) (connection) -> {
			if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
				return false;
			}
			try (var statement = connection.prepareStatement("select case when to_regprocedure(?) is null then false"
					+ " else has_function_privilege(to_regprocedure(?), 'EXECUTE') end")) {
				statement.setString(1, SET_ASIDE);
				statement.setString(2, SET_ASIDE);
				try (var answer = statement.executeQuery()) {
					return answer.next() && answer.getBoolean(1);
				}
			}
		}));
	}

}
