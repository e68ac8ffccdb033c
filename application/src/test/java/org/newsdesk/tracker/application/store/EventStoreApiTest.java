package org.newsdesk.tracker.application.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.newsdesk.tracker.application.support.Story.development;
import static org.newsdesk.tracker.application.support.Story.id;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.newsdesk.tracker.application.support.Api;
import org.newsdesk.tracker.application.support.ApiTest;
import org.newsdesk.tracker.application.support.Story;
import org.newsdesk.tracker.application.support.TestDatabase;
import org.newsdesk.tracker.application.support.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the event store holds: Axon's tables, binary payloads, and who recorded each
 * event.
 */
class EventStoreApiTest extends ApiTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ProjectionEventSource projectionEventSource;

	@Autowired
	org.axonframework.config.EventProcessingConfiguration processing;

	@Autowired
	org.axonframework.eventsourcing.eventstore.EventStore eventStore;

	/**
	 * The four projections read the store through the source that wakes them on a commit,
	 * and each has handed it a callback.
	 */
	@Test
	void theProjectionsReadThroughTheWakingSource() {
		for (String name : List.of("board", "timeline", "registers", "audit")) {
			var processor = this.processing.eventProcessor(name,
					org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor.class);
			assertThat(processor).as(name).isPresent();
		}
		org.newsdesk.tracker.application.support.Eventually.until(this.projectionEventSource::waiting,
				(waiting) -> waiting >= 4, "four processors waiting to be woken");
		// The store itself wakes its reader of new events once per window of commits.
		assertThat(this.eventStore).isInstanceOf(CoalescingEventStore.class);
	}

	@Test
	void eventsCarryWhoRecordedThemAndTheRequestThatDidIt() throws Exception {
		Story story = new Story(this.api);
		String source = story.source("Leaked list");
		String claim = story.claim(story.investigation("Projet Pegasus"), "A claim");
		String developmentId = id();
		Api.Response response = this.api.post(Users.EDITOR, "/api/v1/claims/" + claim + "/allegations",
				development(developmentId, "2021-07-18", List.of(), List.of(source), "Alleged"),
				Map.of("X-Request-Id", "req-42", "X-Correlation-Id", "story-7"));
		assertThat(response.status()).isEqualTo(201);
		assertThat(response.headers().firstValue("X-Request-Id")).hasValue("req-42");
		byte[] metaData = this.jdbc.queryForObject(
				"select meta_data from domain_event_entry where aggregate_identifier = ? and sequence_number = 1",
				byte[].class, claim);
		JsonNode metadata = Api.JSON.readTree(metaData);
		assertThat(metadata.get("recordedBy").asText()).isEqualTo(Users.EDITOR);
		assertThat(metadata.get("requestId").asText()).isEqualTo("req-42");
		assertThat(metadata.get("correlationId").asText()).isEqualTo("story-7");
		String payloadType = this.jdbc.queryForObject(
				"select payload_type from domain_event_entry where aggregate_identifier = ? and sequence_number = 1",
				String.class, claim);
		assertThat(payloadType).isEqualTo("org.newsdesk.tracker.claim.AllegationRecorded");
		byte[] payload = this.jdbc.queryForObject(
				"select payload from domain_event_entry where aggregate_identifier = ? and sequence_number = 1",
				byte[].class, claim);
		assertThat(Api.JSON.readTree(payload).get("developmentId").asText()).isEqualTo(developmentId);
	}

	@Test
	void payloadsAreBinaryColumnsInAxonsDefaultTables() {
		List<Map<String, Object>> columns = this.jdbc.queryForList(
				"select lower(table_name) as table_name, lower(column_name) as column_name, lower(data_type) as data_type"
						+ " from information_schema.columns where lower(column_name) in ('payload', 'meta_data', 'token')");
		assertThat(columns).extracting((row) -> row.get("table_name") + "." + row.get("column_name"))
			.contains("domain_event_entry.payload", "domain_event_entry.meta_data", "snapshot_event_entry.payload",
					"snapshot_event_entry.meta_data", "token_entry.token");
		String binary = TestDatabase.isPostgres() ? "bytea" : "binary varying";
		assertThat(columns).allSatisfy((row) -> assertThat(row.get("data_type")).isEqualTo(binary));
	}

	@Test
	void theStoreRefusesASecondEventAtTheSameSequence() {
		String party = new Story(this.api).party("NSO Group", "COMPANY");
		assertThatThrownBy(() -> this.jdbc
			.update("insert into domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,"
					+ " time_stamp, payload_type, payload) values (?, ?, 0, 'Party', '2021-07-18T00:00:00Z', 'x', ?)",
					id(), party, new byte[] { 1 }))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

}
