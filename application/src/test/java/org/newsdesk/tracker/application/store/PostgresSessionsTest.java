package org.newsdesk.tracker.application.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.newsdesk.tracker.application.support.ApiTest;
import org.newsdesk.tracker.application.support.TestDatabase;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * The tracker's PostgreSQL sessions plan no parallel workers: the projections' read of
 * new events with gaps, prepared generically, had been starting one for every read.
 */
class PostgresSessionsTest extends ApiTest {

	/** The read Axon's JDBC storage sends when its token has gaps. */
	private static final String READ_WITH_GAPS = "select global_index, event_identifier, aggregate_identifier,"
			+ " sequence_number, type, time_stamp, payload_type, payload_revision, payload, meta_data"
			+ " from domain_event_entry where (global_index > $1 and global_index <= $2) or global_index in ($3)"
			+ " order by global_index asc";

	/** Settings under which a parallel plan costs nothing extra. */
	private static final List<String> PARALLEL_FOR_ANYTHING = List.of("set parallel_setup_cost = 0",
			"set parallel_tuple_cost = 0", "set min_parallel_table_scan_size = 0",
			"set min_parallel_index_scan_size = 0", "set plan_cache_mode = force_generic_plan");

	@Autowired
	DataSource dataSource;

	@Test
	void everyPooledConnectionPlansWithoutParallelWorkers() throws SQLException {
		HikariDataSource pool = (HikariDataSource) this.dataSource;
		if (!TestDatabase.isPostgres()) {
			assertThat(pool.getConnectionInitSql()).isNull();
			assertThat(pool.getDataSourceProperties()).doesNotContainKey(PostgresSessions.REWRITE);
			return;
		}
		assertThat(pool.getDataSourceProperties()).containsEntry(PostgresSessions.REWRITE, "true");
		// Several connections held at once, so that more than the pool's first is seen.
		List<Connection> held = new ArrayList<>();
		try {
			for (int i = 0; i < 4; i++) {
				Connection connection = this.dataSource.getConnection();
				held.add(connection);
				assertThat(single(connection, "show max_parallel_workers_per_gather")).isEqualTo("0");
				assertThat(single(connection, "show jit")).isEqualTo("off");
			}
			Connection connection = held.get(0);
			try (Statement statement = connection.createStatement()) {
				for (String setting : PARALLEL_FOR_ANYTHING) {
					statement.execute(setting);
				}
				forceParallelPlans(statement);
				// Statistics of a store as small as a test's, which alone plan no worker.
				statement.execute("analyze domain_event_entry");
				statement.execute("prepare read_with_gaps(bigint, bigint, bigint) as " + READ_WITH_GAPS);
			}
			assertThat(plan(connection)).doesNotContain("Gather").contains("domain_event_entry");
			// The same session with workers allowed: the settings above do plan one, so
			// the assertion before could have failed.
			try (Statement statement = connection.createStatement()) {
				statement.execute("set max_parallel_workers_per_gather = 2");
				statement.execute("deallocate read_with_gaps");
				statement.execute("prepare read_with_gaps(bigint, bigint, bigint) as " + READ_WITH_GAPS);
			}
			assertThat(plan(connection)).contains("Gather");
		}
		finally {
			for (Connection connection : held) {
				// Closed rather than given back: this test changed its settings.
				pool.evictConnection(connection);
			}
		}
	}

	/**
	 * Plans a worker for every read that may have one, whatever the table's size: named
	 * {@code debug_parallel_query} since PostgreSQL 16, {@code force_parallel_mode}
	 * before. Neither plans one while {@code max_parallel_workers_per_gather} is 0.
	 */
	private static void forceParallelPlans(Statement statement) throws SQLException {
		try {
			statement.execute("set debug_parallel_query = on");
		}
		catch (SQLException olderServer) {
			statement.execute("set force_parallel_mode = on");
		}
	}

	private static String plan(Connection connection) throws SQLException {
		StringBuilder plan = new StringBuilder();
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("explain execute read_with_gaps(10, 20, 5)")) {
			while (rows.next()) {
				plan.append(rows.getString(1)).append('\n');
			}
		}
		return plan.toString();
	}

	private static String single(Connection connection, String query) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query)) {
			rows.next();
			return rows.getString(1);
		}
	}

}
