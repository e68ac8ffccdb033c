package org.newsdesk.tracker.application.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
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
 * refuses UPDATE, DELETE and TRUNCATE of events to everyone, the owner included.
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
