package org.newsdesk.tracker.integrity;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.KeyFactory;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The public half of a note signing key: a key name and an Ed25519 public key, written as
 * the verifier key string of C2SP signed notes and Go's
 * {@code golang.org/x/mod/sumdb/note}
 * ({@code <name>+<key ID in hex>+<base64 of 0x01 || 32-byte public key>}). That one line
 * is what an auditor pins to check checkpoints, so it is the same line any Go or C2SP
 * tool accepts.
 * <p>
 * The key ID is the first four bytes, big-endian, of
 * {@code SHA-256(name || 0x0A || 0x01 || public key)}: it binds the name to the key, so a
 * signature made under one name cannot be passed off under another.
 */
public final class NoteVerifier {

	static final byte ED25519 = 0x01;

	static final int PUBLIC_KEY_SIZE = 32;

	static final int SIGNATURE_SIZE = 64;

	/**
	 * The DER header of an Ed25519 SubjectPublicKeyInfo (RFC 8410), the only form in
	 * which the JDK takes or gives a raw 32-byte public key.
	 */
	private static final byte[] X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

	private final String name;

	private final int keyId;

	private final byte[] publicKey;

	private final PublicKey jdkKey;

	private NoteVerifier(String name, byte[] publicKey) {
		this.name = requireValidName(name);
		this.publicKey = publicKey.clone();
		this.keyId = keyId(name, this.publicKey);
		this.jdkKey = toJdkKey(this.publicKey);
	}

	/**
	 * @param publicKey the raw 32-byte Ed25519 public key
	 */
	public static NoteVerifier of(String name, byte[] publicKey) {
		Objects.requireNonNull(publicKey, "publicKey");
		if (publicKey.length != PUBLIC_KEY_SIZE) {
			throw new IllegalArgumentException(
					"an Ed25519 public key has " + PUBLIC_KEY_SIZE + " bytes, not " + publicKey.length);
		}
		return new NoteVerifier(name, publicKey);
	}

	/**
	 * Reads a verifier key such as
	 * {@code PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW}.
	 * @throws IllegalArgumentException naming what is wrong: the shape, the algorithm,
	 * the key length, or a key ID that does not match the name and key
	 */
	public static NoteVerifier parse(String verifierKey) {
		Objects.requireNonNull(verifierKey, "verifierKey");
		String[] parts = verifierKey.split("\\+", 3);
		if (parts.length != 3) {
			throw new IllegalArgumentException("a verifier key reads <name>+<key ID>+<key>, not '" + verifierKey + "'");
		}
		requireValidName(parts[0]);
		int keyId = parseKeyId(parts[1]);
		byte[] key = decodeBase64("the key", parts[2]);
		if (key.length == 0 || key[0] != ED25519) {
			throw new IllegalArgumentException("only Ed25519 verifier keys (algorithm 1) are supported");
		}
		NoteVerifier verifier = of(parts[0], Arrays.copyOfRange(key, 1, key.length));
		if (verifier.keyId != keyId) {
			throw new IllegalArgumentException("the key ID " + parts[1]
					+ " does not match the name and key, which give " + HexFormat.of().toHexDigits(verifier.keyId));
		}
		return verifier;
	}

	public String name() {
		return this.name;
	}

	public int keyId() {
		return this.keyId;
	}

	/**
	 * The raw 32-byte Ed25519 public key.
	 */
	public byte[] publicKey() {
		return this.publicKey.clone();
	}

	/**
	 * The one-line form to publish and pin: {@code <name>+<key ID>+<base64 key>}.
	 */
	public String verifierKey() {
		byte[] typed = new byte[1 + PUBLIC_KEY_SIZE];
		typed[0] = ED25519;
		System.arraycopy(this.publicKey, 0, typed, 1, PUBLIC_KEY_SIZE);
		return this.name + "+" + HexFormat.of().toHexDigits(this.keyId) + "+"
				+ Base64.getEncoder().encodeToString(typed);
	}

	/**
	 * Whether {@code signature} is this key's Ed25519 signature of {@code message}. A
	 * malformed signature is simply not a valid one.
	 */
	public boolean verify(byte[] message, byte[] signature) {
		Objects.requireNonNull(message, "message");
		if (signature == null || signature.length != SIGNATURE_SIZE) {
			return false;
		}
		try {
			Signature ed25519 = Signature.getInstance("Ed25519");
			ed25519.initVerify(this.jdkKey);
			ed25519.update(message);
			return ed25519.verify(signature);
		}
		catch (SignatureException ex) {
			return false;
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("this Java runtime cannot verify Ed25519 signatures", ex);
		}
	}

	static int keyId(String name, byte[] publicKey) {
		byte[] hash = Sha256.digest(name.getBytes(StandardCharsets.UTF_8), new byte[] { '\n', ED25519 }, publicKey);
		return ByteBuffer.wrap(hash).getInt();
	}

	/**
	 * Key names appear between the dash and the signature of a signature line and before
	 * the first {@code +} of a key, so they may hold neither spaces nor pluses.
	 */
	static String requireValidName(String name) {
		Objects.requireNonNull(name, "name");
		if (name.isEmpty()) {
			throw new IllegalArgumentException("a key name must not be empty");
		}
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (c == '+' || Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
				throw new IllegalArgumentException(
						"a key name holds no spaces, pluses or control characters: '" + name + "'");
			}
		}
		SignedNote.requireWellFormedUnicode("a key name", name);
		return name;
	}

	static int parseKeyId(String hex) {
		if (hex.length() != 8 || !hex.chars().allMatch((c) -> Character.digit(c, 16) >= 0)) {
			throw new IllegalArgumentException("a key ID is 8 hexadecimal digits, not '" + hex + "'");
		}
		return Integer.parseUnsignedInt(hex, 16);
	}

	/**
	 * Decodes standard base64 and insists on its one canonical spelling, so that a key or
	 * signature has exactly one textual form.
	 */
	static byte[] decodeBase64(String what, String text) {
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(text);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(what + " is not base64: '" + text + "'");
		}
		if (!Base64.getEncoder().encodeToString(bytes).equals(text)) {
			throw new IllegalArgumentException(what + " is not in canonical base64: '" + text + "'");
		}
		return bytes;
	}

	static PublicKey toJdkKey(byte[] rawPublicKey) {
		byte[] encoded = new byte[X509_PREFIX.length + PUBLIC_KEY_SIZE];
		System.arraycopy(X509_PREFIX, 0, encoded, 0, X509_PREFIX.length);
		System.arraycopy(rawPublicKey, 0, encoded, X509_PREFIX.length, PUBLIC_KEY_SIZE);
		try {
			PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(encoded));
			// The JDK decodes the point only when verifying starts: start now, so
			// that a key off the curve is refused when read, not when first used.
			Signature.getInstance("Ed25519").initVerify(key);
			return key;
		}
		catch (InvalidKeySpecException | InvalidKeyException ex) {
			throw new IllegalArgumentException("not a valid Ed25519 public key", ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("this Java runtime has no Ed25519", ex);
		}
	}

	static byte[] rawPublicKey(PublicKey key) {
		byte[] encoded = key.getEncoded();
		if (encoded.length != X509_PREFIX.length + PUBLIC_KEY_SIZE
				|| !Arrays.equals(encoded, 0, X509_PREFIX.length, X509_PREFIX, 0, X509_PREFIX.length)) {
			throw new IllegalStateException("the Java runtime encoded an Ed25519 public key unexpectedly");
		}
		return Arrays.copyOfRange(encoded, X509_PREFIX.length, encoded.length);
	}

	/**
	 * Two verifiers are the same when they check the same signatures under the same name.
	 */
	@Override
	public boolean equals(Object other) {
		return other instanceof NoteVerifier that && this.name.equals(that.name)
				&& Arrays.equals(this.publicKey, that.publicKey);
	}

	@Override
	public int hashCode() {
		return 31 * this.name.hashCode() + Arrays.hashCode(this.publicKey);
	}

	@Override
	public String toString() {
		return verifierKey();
	}

}
