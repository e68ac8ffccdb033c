package org.newsdesk.tracker.application.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.newsdesk.tracker.application.TrackerProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The vault of the identities behind confidential sources. Each identity is encrypted
 * with AES-256-GCM under a key of its own; that key is stored only wrapped, with
 * AES-256-GCM, by the master key from configuration, and each ciphertext is bound to its
 * source so that one cannot be swapped for another. Forgetting an identity destroys its
 * wrapped key and its ciphertext.
 */
@Component
public class SourceVault {

	private static final Logger logger = LoggerFactory.getLogger(SourceVault.class);

	static final String KEY_FILE = "vault-master.key";

	private static final int KEY_BYTES = 32;

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private static final ObjectMapper JSON = new ObjectMapper();

	private final SecureRandom random = new SecureRandom();

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final byte[] masterKey;

	private final String masterKeyId;

	SourceVault(JdbcTemplate jdbc, Clock clock, TrackerProperties tracker,
			@Value("${tracker.vault.master-key:}") String configured,
			@Value("${spring.datasource.url}") String datasourceUrl) {
		this.jdbc = jdbc;
		this.clock = clock;
		if (!configured.isBlank()) {
			this.masterKey = decode(configured.strip());
		}
		else if (datasourceUrl.startsWith("jdbc:h2:")) {
			this.masterKey = keptKey(Path.of(tracker.dataDir()).resolve(KEY_FILE));
		}
		else {
			logger.warn("No vault master key (tracker.vault.master-key): identities of confidential sources cannot "
					+ "be kept");
			this.masterKey = null;
		}
		this.masterKeyId = (this.masterKey != null) ? keyId(this.masterKey) : null;
	}

	/** What a guardian keeps about a confidential source. */
	public record Identity(String name, String contact, String notes) {
	}

	/** The vault's row for a source, without the secret. */
	public record Entry(String sourceId, Instant recordedAt, String recordedBy, Instant forgottenAt,
			String forgottenBy) {

		public boolean forgotten() {
			return this.forgottenAt != null;
		}

	}

	private static byte[] decode(String base64) {
		byte[] key;
		try {
			key = Base64.getDecoder().decode(base64);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("tracker.vault.master-key must be 32 bytes in base64");
		}
		if (key.length != KEY_BYTES) {
			throw new IllegalStateException(
					"tracker.vault.master-key must be 32 bytes in base64, got " + key.length + " bytes");
		}
		return key;
	}

	private byte[] keptKey(Path file) {
		try {
			if (Files.exists(file)) {
				return decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
			}
			Files.createDirectories(file.getParent());
			byte[] key = new byte[KEY_BYTES];
			this.random.nextBytes(key);
			Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
			try {
				Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
			}
			catch (UnsupportedOperationException ex) {
				logger.debug("no POSIX permissions for {}", file);
			}
			logger.info("Made a vault master key in {}: keep it apart from the database's backups", file);
			return key;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot keep the vault master key in " + file, ex);
		}
	}

	private static String keyId(byte[] key) {
		try {
			return HexFormat.of().formatHex(Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(key), 8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public boolean available() {
		return this.masterKey != null;
	}

	public Optional<Entry> entry(String sourceId) {
		return this.jdbc
			.query("select source_id, recorded_at, recorded_by, forgotten_at, forgotten_by from source_identity_vault"
					+ " where source_id = ?",
					(row, n) -> new Entry(row.getString(1), row.getTimestamp(2).toInstant(), row.getString(3),
							(row.getTimestamp(4) != null) ? row.getTimestamp(4).toInstant() : null, row.getString(5)),
					sourceId)
			.stream()
			.findFirst();
	}

	/** Keeps an identity under a fresh key, replacing any kept before. */
	public void keep(String sourceId, Identity identity, String recordedBy) {
		requireMasterKey();
		byte[] dataKey = new byte[KEY_BYTES];
		this.random.nextBytes(dataKey);
		try {
			byte[] keyNonce = nonce();
			byte[] wrapped = seal(this.masterKey, keyNonce, dataKey, ("source-identity-key:" + sourceId));
			byte[] identityNonce = nonce();
			byte[] ciphertext = seal(dataKey, identityNonce, JSON.writeValueAsBytes(identity),
					("source-identity:" + sourceId));
			Timestamp now = Timestamp.from(this.clock.instant());
			int updated = this.jdbc.update(
					"update source_identity_vault set master_key_id = ?, key_nonce = ?,"
							+ " wrapped_key = ?, identity_nonce = ?, identity = ?, recorded_at = ?, recorded_by = ?,"
							+ " forgotten_at = null, forgotten_by = null where source_id = ?",
					this.masterKeyId, keyNonce, wrapped, identityNonce, ciphertext, now, recordedBy, sourceId);
			if (updated == 0) {
				this.jdbc.update("insert into source_identity_vault (source_id, master_key_id, key_nonce, wrapped_key,"
						+ " identity_nonce, identity, recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?)",
						sourceId, this.masterKeyId, keyNonce, wrapped, identityNonce, ciphertext, now, recordedBy);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			Arrays.fill(dataKey, (byte) 0);
		}
	}

	/** The identity kept for a source, when there is one and it was not forgotten. */
	public Optional<Identity> open(String sourceId) {
		requireMasterKey();
		List<byte[][]> rows = this.jdbc.query("select master_key_id, key_nonce, wrapped_key, identity_nonce, identity"
				+ " from source_identity_vault where source_id = ? and wrapped_key is not null", (row, n) -> {
					if (!this.masterKeyId.equals(row.getString(1))) {
						throw new IllegalStateException("the identity of source " + sourceId
								+ " was kept under another master key (" + row.getString(1) + ")");
					}
					return new byte[][] { row.getBytes(2), row.getBytes(3), row.getBytes(4), row.getBytes(5) };
				}, sourceId);
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		byte[][] row = rows.get(0);
		byte[] dataKey = unseal(this.masterKey, row[0], row[1], "source-identity-key:" + sourceId);
		try {
			return Optional
				.of(JSON.readValue(unseal(dataKey, row[2], row[3], "source-identity:" + sourceId), Identity.class));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			Arrays.fill(dataKey, (byte) 0);
		}
	}

	/** Destroys the key and the ciphertext: the identity can no longer be recovered. */
	public void forget(String sourceId, String forgottenBy) {
		this.jdbc.update(
				"update source_identity_vault set key_nonce = null, wrapped_key = null, identity_nonce = null,"
						+ " identity = null, forgotten_at = ?, forgotten_by = ? where source_id = ?",
				Timestamp.from(this.clock.instant()), forgottenBy, sourceId);
	}

	private void requireMasterKey() {
		if (this.masterKey == null) {
			throw new VaultUnavailable();
		}
	}

	private byte[] nonce() {
		byte[] nonce = new byte[NONCE_BYTES];
		this.random.nextBytes(nonce);
		return nonce;
	}

	private static byte[] seal(byte[] key, byte[] nonce, byte[] plaintext, String binding) {
		return crypt(Cipher.ENCRYPT_MODE, key, nonce, plaintext, binding);
	}

	private static byte[] unseal(byte[] key, byte[] nonce, byte[] ciphertext, String binding) {
		return crypt(Cipher.DECRYPT_MODE, key, nonce, ciphertext, binding);
	}

	private static byte[] crypt(int mode, byte[] key, byte[] nonce, byte[] input, String binding) {
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(binding.getBytes(StandardCharsets.UTF_8));
			return cipher.doFinal(input);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("the vault could not " + ((mode == Cipher.ENCRYPT_MODE) ? "seal" : "open")
					+ " an identity: the master key or the stored bytes do not match", null);
		}
	}

	/** The vault has no master key, so it cannot keep or open identities. */
	public static class VaultUnavailable extends RuntimeException {

		VaultUnavailable() {
			super("no vault master key is configured (tracker.vault.master-key): identities of confidential sources "
					+ "cannot be kept or revealed", null, false, false);
		}

	}

}
