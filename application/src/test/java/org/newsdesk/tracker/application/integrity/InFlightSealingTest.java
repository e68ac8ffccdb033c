package org.newsdesk.tracker.application.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newsdesk.tracker.application.support.ApiTest;
import org.newsdesk.tracker.application.support.Story;
import org.newsdesk.tracker.application.support.TestDatabase;
import org.newsdesk.tracker.application.support.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A transaction still writing may hold a global position below events already committed;
 * on PostgreSQL no checkpoint is sealed past the start of such a transaction, so the gap
 * it leaves is never sealed over.
 */
@Tag("postgresql")
class InFlightSealingTest extends ApiTest {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void noCheckpointIsSealedOverAnEventStillInFlight() throws Exception {
		Story story = new Story(this.api);
		story.investigation("Before the writer");
		String url = this.jdbc.execute((Connection connection) -> connection.getMetaData().getURL());
		try (Connection writer = DriverManager.getConnection(url, TestDatabase.adminUser(),
				TestDatabase.adminPassword()); Statement statement = writer.createStatement()) {
			writer.setAutoCommit(false);
			statement.executeUpdate("insert into domain_event_entry (event_identifier, aggregate_identifier,"
					+ " sequence_number, type, time_stamp, payload_type, payload) values ('in-flight', 'in-flight', 0,"
					+ " 'T', '2000-01-01T00:00:00.000Z', 'T', '\\x00')");
			long inFlight;
			try (var rows = statement.executeQuery("select max(global_index) from domain_event_entry")) {
				rows.next();
				inFlight = rows.getLong(1);
			}
			story.investigation("While the writer is open");
			var sealed = this.api.post(Users.ADMIN, "/api/v1/admin/checkpoints", "");
			assertThat(sealed.status()).as("what was stored before the writer began is sealed").isEqualTo(201);
			assertThat(sealed.body().get("lastGlobalIndex").asLong()).as("sealed below the position in flight")
				.isLessThan(inFlight);
			writer.rollback();
		}
		JsonNode after = this.api.post(Users.ADMIN, "/api/v1/admin/checkpoints", "").body();
		long head = this.jdbc.queryForObject("select max(global_index) from domain_event_entry", Long.class);
		assertThat(after.get("lastGlobalIndex").asLong()).as("once the writer is gone, everything is sealed")
			.isEqualTo(head);
		assertThat(this.api.get(Users.AUDITOR, "/api/v1/audit/verify").body().get("valid").asBoolean()).isTrue();
	}

}
