package org.newsdesk.tracker.application.support;

import org.junit.jupiter.api.BeforeEach;
import org.newsdesk.tracker.integrity.NoteSigner;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A test against the running tracker over real HTTP, on a store of its own, with one user
 * per role: editor, reader, auditor and admin (password = name).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability
@Tag("database")
@ExtendWith(PostgresAvailable.class)
public abstract class ApiTest {

	@LocalServerPort
	protected int port;

	protected Api api;

	@DynamicPropertySource
	static void store(DynamicPropertyRegistry registry) {
		TestDatabase.freshStore().forEach((name, value) -> registry.add(name, () -> value));
		Users.properties().forEach((name, value) -> registry.add(name, () -> value));
		registry.add("tracker.integrity.signing-key", () -> CHECKPOINT_KEY.signerKey());
		registry.add("tracker.integrity.seal-delay", () -> "0s");
		registry.add("tracker.integrity.checkpoint-interval", () -> "PT1H");
		registry.add("tracker.vault.master-key", () -> VAULT_KEY);
	}

	private static final String VAULT_KEY = java.util.Base64.getEncoder()
		.encodeToString(java.security.SecureRandom.getSeed(32));

	/** The key the tests' trackers sign checkpoints with. */
	protected static final NoteSigner CHECKPOINT_KEY = NoteSigner.generate("tracker.test/events");

	@BeforeEach
	void connect() {
		this.api = new Api(this.port);
	}

}
