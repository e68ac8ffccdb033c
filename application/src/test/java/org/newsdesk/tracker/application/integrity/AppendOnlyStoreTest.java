package org.newsdesk.tracker.application.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsdesk.tracker.application.support.PostgresAvailable;
import org.newsdesk.tracker.application.support.TestDatabase;

/**
 * On PostgreSQL the schema is migrated by its owner, and the tracker's runtime role may
 * only read and add events: its UPDATE and DELETE are refused by privilege, and a trigger
 * refuses UPDATE, DELETE and TRUNCATE of events to everyone, the owner included. The
 * secondary indexes of the timeline and the audit, which a large rebuild sets aside, it
 * may drop and build only through the migration's functions, and those of no other table.
 */
@Tag("postgresql")
@ExtendWith(PostgresAvailable.class)
class AppendOnlyStoreTest {

	static final String RUNTIME = "tracker_runtime_test";

	static String url;

	@BeforeAll
	static void migrateAsOwnerForARuntimeRole() throws SQLException {
		String database = TestDatabase.createEmpty();
		url = TestDatabase.urlOf(database);
		try (Connection admin = TestDatabase.adminConnection(); Statement statement = admin.createStatement()) {
			statement.execute("do $$ begin if not exists (select from pg_roles where rolname = '" + RUNTIME + "') then"
					+ " create role " + RUNTIME + " login password '" + RUNTIME + "'; end if; end $$");
		}
		Flyway.configure()
			.dataSource(url, TestDatabase.adminUser(), TestDatabase.adminPassword())
			.locations("classpath:db/migration", "classpath:db/vendor/postgresql")
			.placeholders(Map.of("runtime_user", RUNTIME))
			.load()
			.migrate();
	}

	private static Connection runtime() throws SQLException {
		return DriverManager.getConnection(url, RUNTIME, RUNTIME);
	}

	private static Connection owner() throws SQLException {
		return DriverManager.getConnection(url, TestDatabase.adminUser(), TestDatabase.adminPassword());
	}

	private static final String INSERT = "insert into domain_event_entry (event_identifier, aggregate_identifier,"
			+ " sequence_number, type, time_stamp, payload_type, payload) values ('%s', 'a', %d, 'T',"
			+ " '2021-07-29T14:00:00.000Z', 'T', '\\x00')";

	@Test
	void theRuntimeRoleAddsAndReadsEventsButCannotChangeOrRemoveThem() throws SQLException {
		try (Connection connection = runtime(); Statement statement = connection.createStatement()) {
			assertThat(statement.executeUpdate(INSERT.formatted("runtime-0", 0))).isEqualTo(1);
			try (var rows = statement.executeQuery("select count(*) from domain_event_entry")) {
				assertThat(rows.next()).isTrue();
				assertThat(rows.getLong(1)).isPositive();
			}
			assertThatThrownBy(() -> statement.executeUpdate("update domain_event_entry set payload_type = 'X'"))
				.isInstanceOfSatisfying(SQLException.class, (ex) -> assertThat(ex.getSQLState()).isEqualTo("42501"))
				.hasMessageContaining("permission denied");
			assertThatThrownBy(() -> statement.executeUpdate("delete from domain_event_entry"))
				.isInstanceOfSatisfying(SQLException.class, (ex) -> assertThat(ex.getSQLState()).isEqualTo("42501"));
			assertThatThrownBy(() -> statement.executeUpdate("truncate domain_event_entry"))
				.isInstanceOfSatisfying(SQLException.class, (ex) -> assertThat(ex.getSQLState()).isEqualTo("42501"));
			assertThatThrownBy(() -> statement.executeUpdate("delete from integrity_checkpoint"))
				.isInstanceOfSatisfying(SQLException.class, (ex) -> assertThat(ex.getSQLState()).isEqualTo("42501"));
			assertThat(statement.executeUpdate(
					"insert into token_entry (processor_name, segment, owner) values ('runtime-test', 0, 'me')"))
				.isEqualTo(1);
			assertThat(statement
				.executeUpdate("update token_entry set owner = null where processor_name = 'runtime-test'"))
				.as("the runtime role keeps full use of tokens and read models")
				.isEqualTo(1);
			try (var rows = statement.executeQuery("select has_table_privilege('rm_timeline', 'TRUNCATE'),"
					+ " has_table_privilege('rm_audit', 'TRUNCATE'), has_table_privilege('token_entry', 'TRUNCATE')")) {
				assertThat(rows.next()).isTrue();
				assertThat(rows.getBoolean(1)).as("a rebuild may truncate the read models").isTrue();
				assertThat(rows.getBoolean(2)).isTrue();
				assertThat(rows.getBoolean(3)).as("and only them").isFalse();
			}
			statement.executeUpdate("truncate table rm_figure");
		}
	}

	private static List<String> indexesOf(Statement statement, String table) throws SQLException {
		List<String> found = new ArrayList<>();
		try (var rows = statement
			.executeQuery("select indexdef from pg_indexes where tablename = '" + table + "' order by indexname")) {
			while (rows.next()) {
				found.add(rows.getString(1));
			}
		}
		return found;
	}

	@Test
	void theRuntimeRoleSetsAsideAndRestoresTheLargeReadModelsIndexesOnlyThroughTheFunctions() throws SQLException {
		try (Connection connection = runtime(); Statement statement = connection.createStatement()) {
			List<String> before = indexesOf(statement, "rm_timeline");
			assertThat(before).hasSize(3);
			assertThatThrownBy(() -> statement.execute("drop index ix_rm_timeline_subject"))
				.as("the runtime role owns no table, so it cannot drop an index itself")
				.isInstanceOfSatisfying(SQLException.class, (ex) -> assertThat(ex.getSQLState()).isEqualTo("42501"));
			assertThatThrownBy(
					() -> statement.executeQuery("select set_aside_read_model_indexes('domain_event_entry')"))
				.isInstanceOfSatisfying(SQLException.class, (ex) -> assertThat(ex.getSQLState()).isEqualTo("42501"))
				.hasMessageContaining("the indexes of domain_event_entry are never set aside");
			assertThatThrownBy(() -> statement.executeQuery("select set_aside_read_model_indexes('rm_claim')"))
				.hasMessageContaining("never set aside");
			try (var rows = statement.executeQuery("select set_aside_read_model_indexes('rm_timeline')")) {
				assertThat(rows.next()).isTrue();
				assertThat(rows.getInt(1)).isEqualTo(2);
			}
			assertThat(indexesOf(statement, "rm_timeline")).singleElement().asString().contains("pk_rm_timeline");
			try (var rows = statement.executeQuery(
					"select index_name from read_model_index_set_aside where table_name = 'rm_timeline' order by 1")) {
				assertThat(rows.next()).isTrue();
				assertThat(rows.getString(1)).isEqualTo("ix_rm_timeline_investigation");
				assertThat(rows.next()).isTrue();
				assertThat(rows.getString(1)).isEqualTo("ix_rm_timeline_subject");
			}
			assertThatThrownBy(() -> statement.executeUpdate("delete from read_model_index_set_aside"))
				.as("what was set aside is changed only by the functions")
				.isInstanceOfSatisfying(SQLException.class, (ex) -> assertThat(ex.getSQLState()).isEqualTo("42501"));
			assertThatThrownBy(() -> statement.executeUpdate("insert into read_model_index_set_aside"
					+ " (index_name, table_name, definition) values ('x', 'rm_timeline', 'drop table rm_claim')"))
				.isInstanceOfSatisfying(SQLException.class, (ex) -> assertThat(ex.getSQLState()).isEqualTo("42501"));
			try (var rows = statement.executeQuery("select restore_read_model_indexes('rm_timeline')")) {
				assertThat(rows.next()).isTrue();
				assertThat(rows.getInt(1)).isEqualTo(2);
			}
			assertThat(indexesOf(statement, "rm_timeline")).isEqualTo(before);
			try (var rows = statement.executeQuery("select restore_read_model_indexes('rm_timeline'),"
					+ " (select count(*) from read_model_index_set_aside)")) {
				assertThat(rows.next()).isTrue();
				assertThat(rows.getInt(1)).as("restoring twice builds nothing twice").isZero();
				assertThat(rows.getInt(2)).isZero();
			}
			try (var rows = statement.executeQuery("select p.proname, p.prosecdef, array_to_string(p.proconfig, ';'),"
					+ " (select count(*) from aclexplode(p.proacl) a where a.grantee = 0)"
					+ " from pg_proc p where p.proname like '%read\\_model\\_indexes' order by p.proname")) {
				for (String function : List.of("restore_read_model_indexes", "set_aside_read_model_indexes")) {
					assertThat(rows.next()).as(function).isTrue();
					assertThat(rows.getString(1)).isEqualTo(function);
					assertThat(rows.getBoolean(2)).as("runs with the owner's rights").isTrue();
					assertThat(rows.getString(3)).as("looks in pg_catalog first, then only this schema")
						.isEqualTo("search_path=pg_catalog, public, pg_temp");
					assertThat(rows.getInt(4)).as("not executable by PUBLIC").isZero();
				}
				assertThat(rows.next()).isFalse();
			}
		}
	}

	@Test
	void theTriggerRefusesChangesToEventsEvenToTheOwner() throws SQLException {
		try (Connection connection = owner(); Statement statement = connection.createStatement()) {
			statement.executeUpdate(INSERT.formatted("owner-0", 1));
			assertThatThrownBy(() -> statement.executeUpdate("update domain_event_entry set payload_type = 'X'"))
				.hasMessageContaining("the event store is append-only: UPDATE on domain_event_entry is refused");
			assertThatThrownBy(() -> statement.executeUpdate("delete from domain_event_entry"))
				.hasMessageContaining("append-only: DELETE");
			assertThatThrownBy(() -> statement.executeUpdate("truncate domain_event_entry"))
				.hasMessageContaining("append-only: TRUNCATE");
			try (var rows = statement
				.executeQuery("select count(*) from domain_event_entry where payload_type = 'X'")) {
				rows.next();
				assertThat(rows.getLong(1)).isZero();
			}
		}
	}

}
