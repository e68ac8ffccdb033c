package org.newsdesk.tracker.application.integrity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

import org.newsdesk.tracker.application.TrackerProperties;
import org.newsdesk.tracker.integrity.NoteSigner;
import org.newsdesk.tracker.integrity.NoteVerifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The key checkpoints are signed with: from configuration, or on the embedded default a
 * key made once and kept beside the database, so a newcomer's tracker seals its record
 * from the first day.
 */
@Component
public class CheckpointKeys {

	private static final Logger logger = LoggerFactory.getLogger(CheckpointKeys.class);

	static final String KEY_FILE = "checkpoint-signing.key";

	private final NoteSigner signer;

	private final String origin;

	CheckpointKeys(IntegrityProperties integrity, TrackerProperties tracker,
			@Value("${spring.datasource.url}") String datasourceUrl,
			@Value("${tracker.public-url:http://localhost:8080}") String publicUrl) {
		this.origin = (integrity.origin() != null && !integrity.origin().isBlank()) ? integrity.origin().strip()
				: publicUrl.replaceFirst("^[a-z]+://", "").replaceAll("/+$", "");
		if (integrity.signingKey() != null && !integrity.signingKey().isBlank()) {
			try {
				this.signer = NoteSigner.parse(integrity.signingKey().strip());
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalStateException("tracker.integrity.signing-key is not a signed-note signing key "
						+ "(PRIVATE+KEY+<name>+<key id>+<base64>): " + ex.getMessage());
			}
		}
		else if (datasourceUrl.startsWith("jdbc:h2:")) {
			this.signer = keptKey(Path.of(tracker.dataDir()), this.origin);
		}
		else {
			logger.warn("No checkpoint signing key (tracker.integrity.signing-key): no checkpoints are sealed; "
					+ "every stream's hash chain is still kept and verified");
			this.signer = null;
		}
	}

	private static NoteSigner keptKey(Path directory, String name) {
		Path file = directory.resolve(KEY_FILE);
		try {
			if (Files.exists(file)) {
				return NoteSigner.parse(Files.readString(file, StandardCharsets.US_ASCII).strip());
			}
			Files.createDirectories(directory);
			NoteSigner signer = NoteSigner.generate(name);
			Files.writeString(file, signer.signerKey() + "\n", StandardCharsets.US_ASCII);
			try {
				Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
			}
			catch (UnsupportedOperationException ex) {
				logger.debug("no POSIX permissions for {}", file);
			}
			logger.info("Made a checkpoint signing key in {}; its public key is {}", file,
					signer.verifier().verifierKey());
			return signer;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot keep the checkpoint signing key in " + file, ex);
		}
	}

	Optional<NoteSigner> signer() {
		return Optional.ofNullable(this.signer);
	}

	/** The public key an auditor checks checkpoints with, when checkpoints are signed. */
	public Optional<NoteVerifier> verifier() {
		return signer().map(NoteSigner::verifier);
	}

	String origin() {
		return this.origin;
	}

}
