package org.newsdesk.tracker.application.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.tracker.application.support.Story.created;
import static org.newsdesk.tracker.application.support.Story.development;
import static org.newsdesk.tracker.application.support.Story.id;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.newsdesk.tracker.application.support.Api;
import org.newsdesk.tracker.application.support.Eventually;
import org.newsdesk.tracker.application.support.ApiTest;
import org.newsdesk.tracker.application.support.Story;
import org.newsdesk.tracker.application.support.TestDatabase;
import org.newsdesk.tracker.application.support.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The record proves itself: an untouched store verifies clean, and each kind of direct
 * tampering in the database is reported at the exact stream, sequence and global
 * position, by the running tracker and by the offline verifier from an export.
 */
class IntegrityApiTest extends ApiTest {

	@Autowired
	JdbcTemplate jdbc;

	/** A claim with five developments: its events are sequences 0 to 5. */
	private String claimWithDevelopments() {
		Story story = new Story(this.api);
		String investigation = story.investigation("Tamper target");
		String source = story.source("Report");
		String claim = story.claim(investigation, "A claim whose record is tampered with");
		for (int i = 1; i <= 5; i++) {
			created(this.api.post(Users.EDITOR, "/api/v1/claims/" + claim + "/statements",
					development(id(), "2021-07-1" + i, List.of(), List.of(source), "Statement " + i)));
		}
		return claim;
	}

	/**
	 * Seals checkpoints until one covers every stored event. A checkpoint covers the
	 * events stored before the moment it is sealed, to the millisecond: an event recorded
	 * in the same millisecond as the seal is left for the next one.
	 */
	private void sealEverything() {
		long stored = this.jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
		long[] covered = { 0 };
		Eventually.until(() -> {
			Api.Response sealed = this.api.post(Users.ADMIN, "/api/v1/admin/checkpoints", "");
			assertThat(sealed.status()).as(sealed.raw()).isIn(201, 204);
			if (sealed.status() == 201) {
				covered[0] = sealed.body().get("size").asLong();
			}
			return covered[0];
		}, (size) -> size == stored, "a checkpoint covering all " + stored + " events");
	}

	private JsonNode verify() {
		var response = this.api.get(Users.AUDITOR, "/api/v1/audit/verify");
		assertThat(response.status()).isEqualTo(200);
		return response.body();
	}

	private long globalIndex(String aggregate, long sequence) {
		return this.jdbc.queryForObject(
				"select global_index from domain_event_entry where aggregate_identifier = ? and sequence_number = ?",
				Long.class, aggregate, sequence);
	}

	private Map<String, Object> row(long globalIndex) {
		return this.jdbc.queryForMap("select * from domain_event_entry where global_index = ?", globalIndex);
	}

	/**
	 * Runs SQL as an intruder with direct access to the database would; on PostgreSQL the
	 * append-only trigger has to be bypassed first, as only a superuser can.
	 */
	private void tamper(String sql, Object... args) {
		this.jdbc.execute((java.sql.Connection connection) -> {
			JdbcTemplate one = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
			if (TestDatabase.isPostgres()) {
				one.execute("set session_replication_role = replica");
			}
			try {
				one.update(sql, args);
			}
			finally {
				if (TestDatabase.isPostgres()) {
					one.execute("set session_replication_role = origin");
				}
			}
			return null;
		});
	}

	private void reinsert(Map<String, Object> row) {
		tamper("insert into domain_event_entry (global_index, event_identifier, aggregate_identifier, sequence_number,"
				+ " type, time_stamp, payload_type, payload_revision, payload, meta_data)"
				+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", row.get("global_index"), row.get("event_identifier"),
				row.get("aggregate_identifier"), row.get("sequence_number"), row.get("type"), row.get("time_stamp"),
				row.get("payload_type"), row.get("payload_revision"), row.get("payload"), row.get("meta_data"));
	}

	private static void assertFailure(JsonNode report, String aggregate, long sequence, long globalIndex,
			String problem) {
		assertThat(report.get("valid").asBoolean()).isFalse();
		JsonNode failure = report.get("failures").get(0);
		for (int i = 1; i < report.get("failures").size(); i++) {
			assertThat(report.get("failures").get(i).get("aggregateIdentifier").isNull())
				.as("after the stream's own failure, only checkpoints that cover it fail")
				.isTrue();
		}
		assertThat(failure.get("aggregateIdentifier").asText()).isEqualTo(aggregate);
		assertThat(failure.get("sequenceNumber").asLong()).isEqualTo(sequence);
		assertThat(failure.get("globalIndex").asLong()).isEqualTo(globalIndex);
		assertThat(failure.get("problem").asText()).contains(problem);
	}

	@Test
	void eachKindOfTamperingIsReportedAtItsExactPlace() {
		String claim = claimWithDevelopments();
		sealEverything();
		JsonNode clean = verify();
		assertThat(clean.get("valid").asBoolean()).as(clean.toString()).isTrue();
		assertThat(clean.get("eventsChecked").asLong())
			.isEqualTo(this.jdbc.queryForObject("select count(*) from domain_event_entry", Long.class));
		assertThat(clean.get("checkpointsVerified").asInt()).isPositive();

		long second = globalIndex(claim, 2);
		Map<String, Object> original = row(second);
		byte[] flipped = ((byte[]) original.get("payload")).clone();
		flipped[flipped.length / 2] ^= 0x01;
		tamper("update domain_event_entry set payload = ? where global_index = ?", flipped, second);
		assertFailure(verify(), claim, 2, second, "does not match the hash");
		tamper("update domain_event_entry set payload = ? where global_index = ?", original.get("payload"), second);
		assertThat(verify().get("valid").asBoolean()).isTrue();

		long third = globalIndex(claim, 3);
		String stamp = (String) row(third).get("time_stamp");
		tamper("update domain_event_entry set time_stamp = ? where global_index = ?", "2021-07-01T00:00:00.000Z",
				third);
		assertFailure(verify(), claim, 3, third, "does not match the hash");
		tamper("update domain_event_entry set time_stamp = ? where global_index = ?", stamp, third);

		tamper("delete from domain_event_entry where global_index = ?", second);
		assertFailure(verify(), claim, 2, third, "event 2 of this stream is missing");
		reinsert(original);
		assertThat(verify().get("valid").asBoolean()).isTrue();

		Map<String, Object> thirdRow = row(third);
		tamper("update domain_event_entry set payload = ?, meta_data = ? where global_index = ?",
				thirdRow.get("payload"), thirdRow.get("meta_data"), second);
		tamper("update domain_event_entry set payload = ?, meta_data = ? where global_index = ?",
				original.get("payload"), original.get("meta_data"), third);
		assertFailure(verify(), claim, 2, second, "does not match the hash");
		tamper("update domain_event_entry set payload = ?, meta_data = ? where global_index = ?",
				original.get("payload"), original.get("meta_data"), second);
		tamper("update domain_event_entry set payload = ?, meta_data = ? where global_index = ?",
				thirdRow.get("payload"), thirdRow.get("meta_data"), third);
		assertThat(verify().get("valid").asBoolean()).isTrue();

		long last = this.jdbc.queryForObject("select max(global_index) from domain_event_entry", Long.class);
		Map<String, Object> tail = row(last);
		tamper("delete from domain_event_entry where global_index = ?", last);
		JsonNode truncated = verify();
		assertThat(truncated.get("valid").asBoolean()).isFalse();
		JsonNode failure = truncated.get("failures").get(0);
		assertThat(failure.get("aggregateIdentifier").isNull()).isTrue();
		assertThat(failure.get("globalIndex").asLong()).isEqualTo(last);
		assertThat(failure.get("problem").asText()).contains("events were removed");
		reinsert(tail);
		assertThat(verify().get("valid").asBoolean()).isTrue();
	}

	/**
	 * An append that rolls back leaves no hash behind for the next one to chain to: the
	 * chain still verifies after a development refused for reusing another claim's id.
	 */
	@Test
	void theChainHoldsAcrossAnAppendThatRolledBack() {
		String first = claimWithDevelopments();
		String second = claimWithDevelopments();
		String taken = this.jdbc.queryForObject(
				"select development_id from development_registry where aggregate_identifier = ? fetch first 1 rows only",
				String.class, first);
		String source = new Story(this.api).source("Second report");
		var refused = this.api.post(Users.EDITOR, "/api/v1/claims/" + second + "/statements",
				development(taken, "2021-07-20", List.of(), List.of(source), "Reuses the first claim's id"));
		assertThat(refused.status()).isEqualTo(409);
		for (int i = 0; i < 3; i++) {
			created(this.api.post(Users.EDITOR, "/api/v1/claims/" + second + "/statements",
					development(id(), "2021-07-2" + i, List.of(), List.of(source), "After the refusal " + i)));
		}
		assertThat(this.jdbc.queryForObject(
				"select max(sequence_number) from domain_event_entry where aggregate_identifier = ?", Long.class,
				second))
			.isEqualTo(8L);
		JsonNode report = verify();
		assertThat(report.get("valid").asBoolean()).as(report.toString()).isTrue();
	}

	@Test
	void theOfflineVerifierChecksAnExportAndRejectsForgedAndRolledBackCheckpoints() throws IOException {
		claimWithDevelopments();
		JsonNode first = created(this.api.post(Users.ADMIN, "/api/v1/admin/checkpoints", "")).body();
		claimWithDevelopments();
		JsonNode second = created(this.api.post(Users.ADMIN, "/api/v1/admin/checkpoints", "")).body();
		Path directory = Files.createTempDirectory("offline-");
		Path events = directory.resolve("events.jsonl");
		Files.writeString(events, this.api.getText(Users.AUDITOR, "/api/v1/audit/export").raw());
		Path key = directory.resolve("key.txt");
		Files.writeString(key, this.api.getText(Users.AUDITOR, "/api/v1/audit/checkpoints/key").raw());
		assertThat(Files.readString(key)).isEqualTo(CHECKPOINT_KEY.verifier().verifierKey());
		Path older = directory.resolve("older.txt");
		Files.writeString(older, first.get("note").asText());
		Path newer = directory.resolve("newer.txt");
		Files.writeString(newer,
				this.api.getText(Users.AUDITOR, "/api/v1/audit/checkpoints/" + second.get("size").asLong()).raw());
		Path proof = directory.resolve("proof.json");
		Files.writeString(proof,
				this.api
					.get(Users.AUDITOR,
							"/api/v1/audit/proofs/consistency?from=" + first.get("size").asLong() + "&to="
									+ second.get("size").asLong())
					.raw());

		Outcome clean = offline("--events", events.toString(), "--checkpoint", newer.toString(), "--key",
				key.toString(), "--previous", older.toString(), "--proof", proof.toString());
		assertThat(clean.exit()).as(clean.output()).isZero();
		assertThat(clean.report().get("eventsChecked").asLong()).isGreaterThanOrEqualTo(second.get("size").asLong());
		assertThat(clean.report().get("checkpointsVerified").asInt()).isEqualTo(2);

		Outcome rolledBack = offline("--events", events.toString(), "--checkpoint", older.toString(), "--key",
				key.toString(), "--previous", newer.toString());
		assertThat(rolledBack.exit()).isEqualTo(1);
		assertThat(rolledBack.output()).contains("the log was rolled back");

		String note = Files.readString(newer);
		String[] lines = note.split("\n", -1);
		Path forged = directory.resolve("forged.txt");
		Files.writeString(forged,
				note.replaceFirst("\n" + lines[1] + "\n", "\n" + (Long.parseLong(lines[1]) - 1) + "\n"));
		Outcome forgery = offline("--events", events.toString(), "--checkpoint", forged.toString(), "--key",
				key.toString());
		assertThat(forgery.exit()).isEqualTo(1);
		assertThat(forgery.output()).contains("is not validly signed");

		Path otherKey = directory.resolve("other-key.txt");
		Files.writeString(otherKey,
				org.newsdesk.tracker.integrity.NoteSigner.generate("tracker.test/events").verifier().verifierKey());
		Outcome wrongKey = offline("--events", events.toString(), "--checkpoint", newer.toString(), "--key",
				otherKey.toString());
		assertThat(wrongKey.exit()).isEqualTo(1);

		JsonNode badProof = Api.JSON.readTree(Files.readString(proof));
		((com.fasterxml.jackson.databind.node.ArrayNode) badProof.get("proof")).set(0,
				com.fasterxml.jackson.databind.node.TextNode.valueOf("00".repeat(32)));
		Files.writeString(proof, badProof.toString());
		Outcome forgedProof = offline("--events", events.toString(), "--checkpoint", newer.toString(), "--key",
				key.toString(), "--previous", older.toString(), "--proof", proof.toString());
		assertThat(forgedProof.exit()).isEqualTo(1);
		assertThat(forgedProof.output()).contains("consistency proof");

		List<String> exported = Files.readAllLines(events);
		JsonNode line = Api.JSON.readTree(exported.get(exported.size() / 2));
		((com.fasterxml.jackson.databind.node.ObjectNode) line).put("timeStamp", "2021-07-01T00:00:00.000Z");
		exported.set(exported.size() / 2, line.toString());
		Files.write(events, exported);
		Outcome tampered = offline("--events", events.toString(), "--checkpoint", newer.toString(), "--key",
				key.toString());
		assertThat(tampered.exit()).isEqualTo(1);
		assertThat(tampered.report().get("failures").get(0).get("globalIndex").asLong())
			.isEqualTo(line.get("globalIndex").asLong());

		Outcome wrongCall = offline("--checkpoint", newer.toString());
		assertThat(wrongCall.exit()).isEqualTo(2);
		assertThat(wrongCall.output()).contains("--events is required");
	}

	@Test
	void proofsAndCheckpointsAnswerClearlyWhenAskedForWhatIsNotThere() {
		assertThat(this.api.get(Users.AUDITOR, "/api/v1/audit/checkpoints/999999999").status()).isEqualTo(404);
		assertThat(this.api.get(Users.AUDITOR, "/api/v1/audit/proofs/consistency?from=5&to=2").status()).isEqualTo(400);
		assertThat(this.api.get(Users.READER, "/api/v1/audit/verify").status()).isEqualTo(403);
		assertThat(this.api.post(Users.AUDITOR, "/api/v1/admin/checkpoints", "").status()).isEqualTo(403);
		claimWithDevelopments();
		JsonNode sealed = created(this.api.post(Users.ADMIN, "/api/v1/admin/checkpoints", "")).body();
		long last = sealed.get("lastGlobalIndex").asLong();
		JsonNode proof = this.api
			.get(Users.AUDITOR,
					"/api/v1/audit/proofs/inclusion?globalIndex=" + last + "&treeSize=" + sealed.get("size").asLong())
			.body();
		assertThat(proof.get("leafIndex").asLong()).isEqualTo(sealed.get("size").asLong() - 1);
		var checkpoint = org.newsdesk.tracker.integrity.Checkpoint.verify(sealed.get("note").asText(),
				CHECKPOINT_KEY.verifier());
		String hash = ChainVerifier.metaText((byte[]) row(last).get("meta_data"), StoredEvents.HASH);
		List<byte[]> path = new java.util.ArrayList<>();
		proof.get("proof").forEach((node) -> path.add(java.util.HexFormat.of().parseHex(node.asText())));
		assertThat(org.newsdesk.tracker.integrity.MerkleProofs.verifyEntryInclusion(
				java.util.HexFormat.of().parseHex(hash), proof.get("leafIndex").asLong(), checkpoint.size(), path,
				checkpoint.root()))
			.isTrue();
		assertThat(this.api.post(Users.ADMIN, "/api/v1/admin/checkpoints", "").status()).as("nothing new to seal")
			.isEqualTo(204);
	}

	private record Outcome(int exit, String output, JsonNode report) {
	}

	private static Outcome offline(String... args) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exit = OfflineVerifier.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		String printed = out.toString(StandardCharsets.UTF_8);
		return new Outcome(exit, printed + err.toString(StandardCharsets.UTF_8),
				printed.isBlank() ? null : Api.JSON.readTree(printed));
	}

}
