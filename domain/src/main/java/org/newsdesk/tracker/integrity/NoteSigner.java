package org.newsdesk.tracker.integrity;

import java.security.InvalidAlgorithmParameterException;
import java.security.InvalidKeyException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.SignatureException;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The private half of a note signing key: a key name and an Ed25519 key, kept as its
 * 32-byte seed (RFC 8032's private key). The seed is what gets stored and configured,
 * either raw or as the signer key string of C2SP signed notes and Go's
 * {@code golang.org/x/mod/sumdb/note}
 * ({@code PRIVATE+KEY+<name>+<key ID>+<base64 of 0x01 || seed>}), so that a key made by
 * Go's {@code note.GenerateKey} works here and the other way round.
 * <p>
 * {@link #toString()} never shows the seed, so a signer may be logged.
 */
public final class NoteSigner {

	private static final String SIGNER_KEY_PREFIX = "PRIVATE+KEY+";

	private static final int SEED_SIZE = 32;

	private final byte[] seed;

	private final PrivateKey privateKey;

	private final NoteVerifier verifier;

	private NoteSigner(String name, byte[] seed) {
		this.seed = seed.clone();
		KeyPair pair = keyPairFromSeed(this.seed);
		this.privateKey = pair.getPrivate();
		this.verifier = NoteVerifier.of(name, NoteVerifier.rawPublicKey(pair.getPublic()));
	}

	/**
	 * A new key with a seed from the system's strong random source.
	 */
	public static NoteSigner generate(String name) {
		byte[] seed = new byte[SEED_SIZE];
		new SecureRandom().nextBytes(seed);
		return fromSeed(name, seed);
	}

	/**
	 * @param seed the raw 32-byte Ed25519 private key
	 */
	public static NoteSigner fromSeed(String name, byte[] seed) {
		Objects.requireNonNull(seed, "seed");
		if (seed.length != SEED_SIZE) {
			throw new IllegalArgumentException("an Ed25519 seed has " + SEED_SIZE + " bytes, not " + seed.length);
		}
		return new NoteSigner(name, seed);
	}

	/**
	 * Reads a signer key such as
	 * {@code PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz}.
	 * The key ID is checked against the public key derived from the seed, which catches a
	 * key pasted under the wrong name. Error messages never repeat the key.
	 * @throws IllegalArgumentException naming what is wrong
	 */
	public static NoteSigner parse(String signerKey) {
		Objects.requireNonNull(signerKey, "signerKey");
		if (!signerKey.startsWith(SIGNER_KEY_PREFIX)) {
			throw new IllegalArgumentException("a signer key starts with " + SIGNER_KEY_PREFIX);
		}
		String[] parts = signerKey.substring(SIGNER_KEY_PREFIX.length()).split("\\+", 3);
		if (parts.length != 3) {
			throw new IllegalArgumentException("a signer key reads " + SIGNER_KEY_PREFIX + "<name>+<key ID>+<key>");
		}
		NoteVerifier.requireValidName(parts[0]);
		int keyId = NoteVerifier.parseKeyId(parts[1]);
		byte[] key;
		try {
			key = NoteVerifier.decodeBase64("the key", parts[2]);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("the key of a signer key is not in canonical base64");
		}
		if (key.length == 0 || key[0] != NoteVerifier.ED25519) {
			throw new IllegalArgumentException("only Ed25519 signer keys (algorithm 1) are supported");
		}
		NoteSigner signer = fromSeed(parts[0], Arrays.copyOfRange(key, 1, key.length));
		if (signer.keyId() != keyId) {
			throw new IllegalArgumentException("the key ID " + parts[1]
					+ " does not match the name and key, which give " + HexFormat.of().toHexDigits(signer.keyId()));
		}
		return signer;
	}

	public String name() {
		return this.verifier.name();
	}

	public int keyId() {
		return this.verifier.keyId();
	}

	/**
	 * The public half, to publish as {@link NoteVerifier#verifierKey()}.
	 */
	public NoteVerifier verifier() {
		return this.verifier;
	}

	/**
	 * The secret one-line form, {@code PRIVATE+KEY+<name>+<key ID>+<base64 seed>}.
	 */
	public String signerKey() {
		byte[] typed = new byte[1 + SEED_SIZE];
		typed[0] = NoteVerifier.ED25519;
		System.arraycopy(this.seed, 0, typed, 1, SEED_SIZE);
		return SIGNER_KEY_PREFIX + name() + "+" + HexFormat.of().toHexDigits(keyId()) + "+"
				+ Base64.getEncoder().encodeToString(typed);
	}

	/**
	 * The 64-byte Ed25519 signature of {@code message}. Ed25519 is deterministic, so the
	 * same key and message always give the same signature.
	 */
	public byte[] sign(byte[] message) {
		Objects.requireNonNull(message, "message");
		try {
			Signature ed25519 = Signature.getInstance("Ed25519");
			ed25519.initSign(this.privateKey);
			ed25519.update(message);
			return ed25519.sign();
		}
		catch (NoSuchAlgorithmException | InvalidKeyException | SignatureException ex) {
			throw new IllegalStateException("this Java runtime cannot make Ed25519 signatures", ex);
		}
	}

	/**
	 * The JDK derives an Ed25519 public key only while generating a key pair, from the 32
	 * bytes its random source gives; handing it a source that gives the seed yields the
	 * pair of that seed. The result is checked, so a runtime that generates otherwise
	 * fails here rather than signing with a key nobody can verify.
	 */
	private static KeyPair keyPairFromSeed(byte[] seed) {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
			generator.initialize(NamedParameterSpec.ED25519, new FixedBytes(seed));
			KeyPair pair = generator.generateKeyPair();
			byte[] used = ((EdECPrivateKey) pair.getPrivate()).getBytes().orElse(new byte[0]);
			if (!Arrays.equals(used, seed)) {
				throw new IllegalStateException("the Java runtime did not derive the Ed25519 key from the seed");
			}
			return pair;
		}
		catch (NoSuchAlgorithmException | InvalidAlgorithmParameterException ex) {
			throw new IllegalStateException("this Java runtime has no Ed25519", ex);
		}
	}

	@Override
	public String toString() {
		return "NoteSigner[" + name() + "+" + HexFormat.of().toHexDigits(keyId()) + "]";
	}

	/**
	 * A random source that gives the seed, once, and refuses to give anything else.
	 */
	private static final class FixedBytes extends SecureRandom {

		private final byte[] bytes;

		private boolean given;

		FixedBytes(byte[] bytes) {
			this.bytes = bytes;
		}

		@Override
		public void nextBytes(byte[] target) {
			if (this.given || target.length != this.bytes.length) {
				throw new IllegalStateException("the Ed25519 key generator asked for unexpected random bytes");
			}
			System.arraycopy(this.bytes, 0, target, 0, target.length);
			this.given = true;
		}

	}

}
