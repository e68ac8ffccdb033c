package org.newsdesk.tracker.application.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.tracker.application.support.Story.development;
import static org.newsdesk.tracker.application.support.Story.id;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.tracker.application.support.Api;
import org.newsdesk.tracker.application.support.ApiTest;
import org.newsdesk.tracker.application.support.Story;
import org.newsdesk.tracker.application.support.Users;

/**
 * Readers read, editors record, auditors look back, admins operate; strangers get
 * nothing.
 */
class RolesApiTest extends ApiTest {

	@org.springframework.beans.factory.annotation.Autowired
	HandlerLookupCacheSkipped handlerLookupCacheSkipped;

	private String claimPath;

	@BeforeEach
	void story() {
		Story story = new Story(this.api);
		this.claimPath = "/api/v1/claims/" + story.claim(story.investigation("Projet Pegasus"), "A claim");
	}

	private String statement() {
		return development(id(), "2021-07-21", List.of(), List.of(), "The company stops commenting");
	}

	@Test
	void anonymousRequestsAreUnauthorized() {
		Api.Response read = this.api.get(null, this.claimPath);
		assertThat(read.status()).isEqualTo(401);
		assertThat(read.headers().firstValue("WWW-Authenticate"))
			.hasValueSatisfying((v) -> assertThat(v).startsWith("Basic"));
		assertThat(read.contentType()).startsWith("application/problem+json");
		assertThat(this.api.get(Users.EDITOR, this.claimPath).status()).as("the right password, remembered")
			.isEqualTo(200);
		assertThat(this.api.post(null, this.claimPath + "/statements", statement()).status()).isEqualTo(401);
		Api.Response wrongPassword = this.api.send(this.api.request(null, this.claimPath)
			.header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("editor:nope".getBytes()))
			.GET()
			.build());
		assertThat(wrongPassword.status()).as("a wrong password after a remembered right one").isEqualTo(401);
		Api.Response prefix = this.api.send(this.api.request(null, this.claimPath)
			.header("Authorization",
					"Basic " + java.util.Base64.getEncoder().encodeToString("edito:reditor".getBytes()))
			.GET()
			.build());
		assertThat(prefix.status()).as("name and password are kept apart").isEqualTo(401);
	}

	@Test
	void theRulesApplyWithoutSpringMvcsHandlerLookUpInFrontOfThem() {
		// Spring Security's look-up cache was replaced in this very context, and every
		// rule above still holds.
		assertThat(this.handlerLookupCacheSkipped.replaced()).isEqualTo(1);
	}

	@Test
	void aRequestTheFirewallRefusesIsAnsweredWithAProblemAndRecordsNothing() {
		long before = this.api.get(Users.AUDITOR, this.claimPath + "/history").body().size();
		// Byte 0x85 is the control character U+0085 once read as ISO-8859-1, as header
		// values are; the firewall checks a header when it is read, and Spring Security
		// reads this one first.
		// Java's HTTP client would send it as '?': the request goes out by hand.
		String credentials = "Basic " + java.util.Base64.getEncoder().encodeToString("editor:editor".getBytes());
		String body = statement();
		String refused = rawExchange("POST " + this.claimPath + "/statements HTTP/1.1\r\nHost: 127.0.0.1\r\n"
				+ "Authorization: " + credentials + "\u0085\r\nContent-Type: application/json\r\n"
				+ "Accept: application/json\r\nContent-Length: " + body.length() + "\r\nConnection: close\r\n\r\n"
				+ body);
		assertThat(refused).as(refused)
			.startsWith("HTTP/1.1 400")
			.contains("application/problem+json")
			.contains("request-rejected")
			.contains("a header's name or value holds a character that is not allowed")
			.doesNotContain(credentials);
		assertThat(this.api.get(Users.AUDITOR, this.claimPath + "/history").body().size()).isEqualTo(before);
		Api.Response semicolon = this.api.get(Users.EDITOR, this.claimPath + ";x=1");
		assertThat(semicolon.status()).isEqualTo(400);
		assertThat(semicolon.body().get("detail").asText()).as("Spring Security's own words").contains("\";\"");
		String unknownMethod = rawExchange("FETCH " + this.claimPath + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
				+ "Authorization: " + credentials + "\r\nConnection: close\r\n\r\n");
		assertThat(unknownMethod).as(unknownMethod)
			.startsWith("HTTP/1.1 400")
			.contains("request-rejected")
			.contains("FETCH");
		assertThat(this.api.post(Users.EDITOR, this.claimPath + "/statements", statement()).status())
			.as("the same request with a clean header")
			.isEqualTo(201);
	}

	/** One request written byte for byte (ISO-8859-1), and the whole answer. */
	private String rawExchange(String request) {
		try (java.net.Socket socket = new java.net.Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(30_000);
			socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
			socket.getOutputStream().flush();
			return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	@Test
	void readersReadTheCurrentStateOnly() {
		assertThat(this.api.get(Users.READER, this.claimPath).status()).isEqualTo(200);
		Api.Response write = this.api.post(Users.READER, this.claimPath + "/statements", statement());
		assertThat(write.status()).isEqualTo(403);
		assertThat(write.contentType()).startsWith("application/problem+json");
		assertThat(this.api.get(Users.READER, this.claimPath + "/history").status()).isEqualTo(403);
		assertThat(this.api.get(Users.READER, this.claimPath + "?asOf=2021-07-20").status()).isEqualTo(403);
		assertThat(this.api.get(Users.READER, this.claimPath + "?knownAt=2026-01-01T00:00:00Z").status())
			.isEqualTo(403);
	}

	@Test
	void editorsRecordEveryCommand() {
		assertThat(this.api.post(Users.EDITOR, this.claimPath + "/statements", statement()).status()).isEqualTo(201);
		assertThat(this.api.get(Users.EDITOR, this.claimPath).status()).isEqualTo(200);
		assertThat(this.api.get(Users.EDITOR, this.claimPath + "/history").status()).isEqualTo(403);
	}

	@Test
	void auditorsLookBackButRecordNothing() {
		assertThat(this.api.get(Users.AUDITOR, this.claimPath + "/history").status()).isEqualTo(200);
		assertThat(
				this.api.get(Users.AUDITOR, this.claimPath + "?asOf=2021-07-20&knownAt=2030-01-01T00:00:00Z").status())
			.isEqualTo(200);
		assertThat(this.api.post(Users.AUDITOR, this.claimPath + "/statements", statement()).status()).isEqualTo(403);
	}

	@Test
	void adminsOperateAndReadButRecordNothing() {
		assertThat(this.api.get(Users.ADMIN, this.claimPath).status()).isEqualTo(200);
		assertThat(this.api.post(Users.ADMIN, this.claimPath + "/statements", statement()).status()).isEqualTo(403);
		assertThat(this.api.getText(Users.ADMIN, "/actuator/prometheus").status()).isEqualTo(200);
		assertThat(this.api.getText(Users.EDITOR, "/actuator/prometheus").status()).isEqualTo(403);
		assertThat(this.api.get(null, "/actuator/health").status()).isEqualTo(200);
	}

}
