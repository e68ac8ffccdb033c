package org.newsdesk.tracker.projections.common;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Empties a read model's table when its projection is rebuilt, in the reset's
 * transaction. On PostgreSQL the table is truncated where the tracker's role may: a
 * {@code delete} of every row leaves them all dead in the table and its indexes until a
 * vacuum, so the rebuild that follows wrote into indexes twice their size while
 * autovacuum worked beside it, and the delete itself took seconds at a million rows.
 * {@code truncate} is transactional there, and holds the table's exclusive lock until the
 * reset commits. A role without the privilege (the migration grants it; see
 * {@code V11__read_models_truncate.sql}), and every other database, deletes the rows.
 */
public final class ReadModelTables {

	private ReadModelTables() {
	}

	/** Removes every row of {@code table}, a constant name of a read model's table. */
	public static void empty(JdbcTemplate jdbc, String table) {
		if (!table.matches("rm_[a-z_]+")) {
			throw new IllegalArgumentException("not a read model's table: " + table);
		}
		jdbc.execute((ConnectionCallback<Void>) (connection) -> {
			boolean truncate = false;
			if ("PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
				try (PreparedStatement may = connection.prepareStatement("select has_table_privilege(?, 'TRUNCATE')")) {
					may.setString(1, table);
					try (ResultSet answer = may.executeQuery()) {
						truncate = answer.next() && answer.getBoolean(1);
					}
				}
			}
			try (Statement statement = connection.createStatement()) {
				statement.executeUpdate((truncate ? "truncate table " : "delete from ") + table);
			}
			return null;
		});
	}

}
