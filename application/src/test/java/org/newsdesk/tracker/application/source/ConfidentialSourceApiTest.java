package org.newsdesk.tracker.application.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.tracker.application.support.Story.created;
import static org.newsdesk.tracker.application.support.Story.development;
import static org.newsdesk.tracker.application.support.Story.id;
import static org.newsdesk.tracker.application.support.Story.json;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsdesk.tracker.application.support.ApiTest;
import org.newsdesk.tracker.application.support.Eventually;
import org.newsdesk.tracker.application.support.Story;
import org.newsdesk.tracker.application.support.TestDatabase;
import org.newsdesk.tracker.application.support.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A canary identity kept for a confidential source is found nowhere in the clear: not in
 * any table of the database, not in the logs, not in any export or error; only the vault
 * holds it, encrypted, until it is forgotten, after which nothing can recover it and the
 * record still verifies.
 */
@ExtendWith(OutputCaptureExtension.class)
class ConfidentialSourceApiTest extends ApiTest {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aCanaryIdentityIsKeptOnlyEncryptedAndForgottenForGood(CapturedOutput output) {
		String canary = "CANARY" + id().replace("-", "");
		Story story = new Story(this.api);
		String investigation = story.investigation("Confidential");
		String source = id();
		created(this.api.post(Users.EDITOR, "/api/v1/sources", json("sourceId", source, "kind", "INTERVIEW", "title",
				"An employee of the company", "confidential", true)));
		String claim = story.claim(investigation, "Some clients were suspended");
		created(this.api.post(Users.EDITOR, "/api/v1/claims/" + claim + "/allegations", development(id(), "2021-07-29",
				List.of(), List.of(source), "An employee says clients were suspended")));
		String identity = json("name", canary + " Name", "contact", canary + "@example.invalid", "notes",
				"Met in July " + canary);

		assertThat(this.api.post(Users.EDITOR, "/api/v1/sources/" + source + "/identity", identity).status())
			.isEqualTo(403);
		var kept = this.api.post(Users.GUARDIAN, "/api/v1/sources/" + source + "/identity", identity);
		assertThat(kept.status()).as(kept.raw()).isEqualTo(201);
		String open = story.source("A published article");
		assertThat(this.api.post(Users.GUARDIAN, "/api/v1/sources/" + open + "/identity", identity).status())
			.as("only a confidential source has an identity to keep")
			.isEqualTo(409);
		var invalid = this.api.post(Users.GUARDIAN, "/api/v1/sources/" + source + "/identity",
				json("name", canary, "nickname", canary));
		assertThat(invalid.status()).isEqualTo(400);
		assertThat(invalid.raw()).doesNotContain(canary);

		for (String user : List.of(Users.READER, Users.AUDITOR, Users.EDITOR, Users.ADMIN)) {
			assertThat(this.api.get(user, "/api/v1/sources/" + source + "/identity?reason=curious").status()).as(user)
				.isEqualTo(403);
		}
		assertThat(this.api.get(Users.GUARDIAN, "/api/v1/sources/" + source + "/identity").status()).isEqualTo(400);
		var revealed = this.api.get(Users.GUARDIAN,
				"/api/v1/sources/" + source + "/identity?reason=Legal%20review%20before%20publication");
		assertThat(revealed.status()).isEqualTo(200);
		assertThat(revealed.body().get("name").asText()).isEqualTo(canary + " Name");
		assertThat(revealed.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
		JsonNode reveals = this.api.get(Users.AUDITOR, "/api/v1/sources/" + source + "/identity/reveals").body();
		assertThat(reveals.findValuesAsText("type")).containsExactly("SourceIdentityRecorded",
				"SourceIdentityRevealed");
		assertThat(reveals.get(1).get("recordedBy").asText()).isEqualTo(Users.GUARDIAN);
		assertThat(reveals.get(1).get("reason").asText()).isEqualTo("Legal review before publication");

		Eventually.until(() -> this.api.get(Users.ADMIN, "/api/v1/admin/projections").body(),
				(body) -> body.findValuesAsText("lagEvents").stream().allMatch("0"::equals), "caught up");
		assertThat(tablesHolding(canary)).as("tables holding the canary in the clear").isEmpty();
		assertDumpLacks(canary);
		byte[] ciphertext = this.jdbc.queryForObject("select identity from source_identity_vault where source_id = ?",
				byte[].class, source);
		assertThat(ciphertext).isNotEmpty();
		assertThat(new String(ciphertext, StandardCharsets.ISO_8859_1)).doesNotContain(canary);
		assertThat(exports(investigation, source)).doesNotContain(canary);

		var forgotten = this.api.post(Users.GUARDIAN, "/api/v1/sources/" + source + "/identity/forgetting",
				json("reason", "The source asked us to"));
		assertThat(forgotten.status()).as(forgotten.raw()).isEqualTo(200);
		var gone = this.api.get(Users.GUARDIAN, "/api/v1/sources/" + source + "/identity?reason=again");
		assertThat(gone.status()).isEqualTo(410);
		assertThat(gone.raw()).contains("was forgotten").doesNotContain(canary);
		assertThat(this.jdbc.queryForMap(
				"select wrapped_key, identity, key_nonce, forgotten_by from source_identity_vault where source_id = ?",
				source))
			.containsEntry("wrapped_key", null)
			.containsEntry("identity", null)
			.containsEntry("forgotten_by", Users.GUARDIAN);
		assertThat(tablesHolding(canary)).isEmpty();
		assertDumpLacks(canary);
		JsonNode verified = this.api.get(Users.AUDITOR, "/api/v1/audit/verify").body();
		assertThat(verified.get("valid").asBoolean()).as(verified.toString()).isTrue();
		assertThat(output.getAll()).as("the logs").doesNotContain(canary);
	}

	/**
	 * The database's own full dump (H2's SCRIPT, PostgreSQL's pg_dump where installed),
	 * searched for the canary as text and as the hex that dumps write binary columns in.
	 */
	private void assertDumpLacks(String canary) {
		String dump;
		if (TestDatabase.isPostgres()) {
			dump = pgDump();
		}
		else {
			dump = String.join("\n", this.jdbc.queryForList("script", String.class));
		}
		String hex = java.util.HexFormat.of().formatHex(canary.getBytes(StandardCharsets.UTF_8));
		assertThat(dump.toLowerCase(java.util.Locale.ROOT)).contains("source_identity_vault")
			.doesNotContain(canary.toLowerCase(java.util.Locale.ROOT))
			.doesNotContain(hex);
	}

	private String pgDump() {
		String url = this.jdbc.execute((java.sql.Connection connection) -> connection.getMetaData().getURL());
		java.net.URI uri = java.net.URI.create(url.substring("jdbc:".length()));
		List<String> command = List.of("pg_dump", "--host", uri.getHost(), "--port", String.valueOf(uri.getPort()),
				"--username", TestDatabase.adminUser(), "--no-password", uri.getPath().substring(1));
		try {
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
			builder.environment().put("PGPASSWORD", TestDatabase.adminPassword());
			Process process = builder.start();
			String dump = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(process.waitFor()).as(dump).isZero();
			return dump;
		}
		catch (java.io.IOException ex) {
			throw new AssertionError("pg_dump is needed for this test (Debian: postgresql-client)", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

	/** Every table, every row, every column, read as a dump would read them. */
	private List<String> tablesHolding(String canary) {
		List<String> holding = new ArrayList<>();
		byte[] needle = canary.getBytes(StandardCharsets.UTF_8);
		List<String> tables = this.jdbc.queryForList(
				"select table_name from information_schema.tables where "
						+ "lower(table_schema) = 'public' and lower(table_type) in ('base table', 'table')",
				String.class);
		assertThat(tables).isNotEmpty();
		for (String table : tables) {
			this.jdbc.query("select * from \"" + table + "\"", (row) -> {
				for (int column = 1; column <= row.getMetaData().getColumnCount(); column++) {
					Object value = row.getObject(column);
					byte[] bytes = (value instanceof byte[] raw) ? raw
							: String.valueOf(value).getBytes(StandardCharsets.UTF_8);
					if (indexOf(bytes, needle) >= 0) {
						holding.add(table + "." + row.getMetaData().getColumnName(column));
					}
				}
			});
		}
		return holding;
	}

	private static int indexOf(byte[] haystack, byte[] needle) {
		outer: for (int i = 0; i <= haystack.length - needle.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	private String exports(String investigation, String source) {
		StringBuilder all = new StringBuilder();
		for (String format : List.of("markdown", "html", "json", "csv", "claimreview", "timelinejs", "ftm")) {
			var report = this.api.get(Users.READER,
					"/api/v1/investigations/" + investigation + "/report?format=" + format);
			assertThat(report.status()).as(format).isEqualTo(200);
			all.append(report.raw());
		}
		for (String path : List.of("/api/v1/audit/export", "/api/v1/audit/log?limit=500", "/api/v1/sources",
				"/api/v1/investigations/" + investigation + "/timeline",
				"/api/v1/sources/" + source + "/identity/reveals")) {
			var response = this.api.get(Users.AUDITOR, path);
			assertThat(response.status()).as(path).isEqualTo(200);
			all.append(response.raw());
		}
		return all.toString();
	}

}
