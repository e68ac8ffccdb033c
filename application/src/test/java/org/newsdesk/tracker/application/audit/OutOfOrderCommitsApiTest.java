package org.newsdesk.tracker.application.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.common.DateTimeUtils;
import org.junit.jupiter.api.Test;
import org.newsdesk.tracker.application.support.ApiTest;
import org.newsdesk.tracker.application.support.Eventually;
import org.newsdesk.tracker.application.support.Story;
import org.newsdesk.tracker.application.support.Users;
import org.newsdesk.tracker.integrity.EventHash;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * Concurrent writers commit out of order: an event may become visible after one stored
 * later. The projections still apply it once, under its own global position.
 */
class OutOfOrderCommitsApiTest extends ApiTest {

	@Autowired
	javax.sql.DataSource dataSource;

	@Test
	void anEventCommittedAfterALaterOneIsAuditedUnderItsOwnPosition() throws Exception {
		String writer = "late-writer-" + UUID.randomUUID().toString().substring(0, 8);
		String party = UUID.randomUUID().toString();
		byte[] payload = ("{\"partyId\":\"" + party + "\",\"name\":\"Committed late\",\"kind\":\"PERSON\","
				+ "\"country\":\"FR\"}")
			.getBytes(StandardCharsets.UTF_8);
		String stamp = DateTimeUtils.formatInstant(Instant.now());
		String type = "org.newsdesk.tracker.party.PartyRegistered";
		EventHash hash = EventHash.compute(EventHash.NONE, party, 0, type, payload, DateTimeUtils.parseInstant(stamp),
				writer);
		byte[] metaData = ("{\"recordedBy\":\"" + writer + "\",\"hash\":\"" + hash.hex() + "\"}")
			.getBytes(StandardCharsets.UTF_8);
		long early;
		String later;
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try (PreparedStatement insert = connection.prepareStatement("insert into domain_event_entry"
					+ " (event_identifier, aggregate_identifier, sequence_number, type, time_stamp, payload_type,"
					+ " payload, meta_data) values (?, ?, 0, 'Party', ?, ?, ?, ?)", new String[] { "global_index" })) {
				insert.setString(1, UUID.randomUUID().toString());
				insert.setString(2, party);
				insert.setString(3, stamp);
				insert.setString(4, type);
				insert.setBytes(5, payload);
				insert.setBytes(6, metaData);
				insert.executeUpdate();
				try (ResultSet keys = insert.getGeneratedKeys()) {
					keys.next();
					early = keys.getLong(1);
				}
			}
			later = new Story(this.api).party("Committed first", "COMPANY");
			Eventually.until(() -> this.api
				.get(Users.AUDITOR, "/api/v1/audit/log?user=" + Users.EDITOR + "&limit=500&after=" + early)
				.body()
				.toString(), (body) -> body.contains(later), "the later event audited");
			connection.commit();
		}
		JsonNode late = Eventually.until(
				() -> this.api.get(Users.AUDITOR, "/api/v1/audit/log?user=" + writer).body().get("entries"),
				(entries) -> entries.size() == 1, "the early event audited once it is committed");
		assertThat(late.get(0).get("globalIndex").asLong()).isEqualTo(early);
		assertThat(late.get(0).get("aggregateIdentifier").asText()).isEqualTo(party);
		// A projection's lag counts from its highest position, so it reads 0 while an
		// event committed late is still to be applied: wait for the register itself.
		String parties = Eventually.until(() -> this.api.get(Users.READER, "/api/v1/parties").body().toString(),
				(body) -> body.contains(party) && body.contains(later), "both parties registered");
		assertThat(parties).contains(party, later);
	}

}
