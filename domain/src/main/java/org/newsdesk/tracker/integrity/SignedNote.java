package org.newsdesk.tracker.integrity;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The C2SP signed note (https://c2sp.org/signed-note), the envelope of checkpoints: a
 * text ending in a newline, a blank line, then one line per signature,
 * {@code <dash> <key name> <base64 of 4-byte key ID || signature>}, the dash being an em
 * dash, U+2014. Each signature covers the UTF-8 bytes of the text, its final newline
 * included.
 * <p>
 * Opening a note checks the one signature the caller trusts and ignores the others, as
 * the specification requires, so that witnesses may add cosignatures and a log may rotate
 * keys without breaking readers.
 */
public final class SignedNote {

	private static final String SIGNATURE_PREFIX = "\u2014 ";

	private static final int KEY_ID_SIZE = 4;

	/**
	 * The bound Go's implementation uses, so that a huge note cannot keep a reader busy.
	 */
	private static final int MAX_SIGNATURES = 100;

	private SignedNote() {
	}

	/**
	 * The text followed by the blank line and {@code signer}'s signature line.
	 * @throws IllegalArgumentException when the text is empty, does not end with a
	 * newline, or holds control characters other than newlines
	 */
	public static String sign(String text, NoteSigner signer) {
		Objects.requireNonNull(signer, "signer");
		requireWellFormed("the note text", text);
		if (text.isEmpty() || !text.endsWith("\n")) {
			throw new IllegalArgumentException("the note text must end with a newline");
		}
		byte[] signature = signer.sign(text.getBytes(StandardCharsets.UTF_8));
		byte[] keyIdAndSignature = ByteBuffer.allocate(KEY_ID_SIZE + signature.length)
			.putInt(signer.keyId())
			.put(signature)
			.array();
		return text + "\n" + SIGNATURE_PREFIX + signer.name() + " "
				+ Base64.getEncoder().encodeToString(keyIdAndSignature) + "\n";
	}

	/**
	 * The text of {@code note}, once {@code verifier}'s signature on it is checked.
	 * Signatures by other keys are ignored.
	 * @throws IllegalArgumentException when the note is malformed, carries no signature
	 * by the verifier's key (same name and key ID), or that signature does not verify
	 */
	public static String open(String note, NoteVerifier verifier) {
		Objects.requireNonNull(verifier, "verifier");
		requireWellFormed("the note", note);
		int split = note.lastIndexOf("\n\n");
		if (split < 0) {
			throw new IllegalArgumentException("the note has no blank line before its signatures");
		}
		String text = note.substring(0, split + 1);
		String signatures = note.substring(split + 2);
		if (signatures.isEmpty() || !signatures.endsWith("\n")) {
			throw new IllegalArgumentException("the note's signature lines must end with a newline");
		}
		byte[] message = text.getBytes(StandardCharsets.UTF_8);
		boolean verified = false;
		String[] lines = signatures.substring(0, signatures.length() - 1).split("\n", -1);
		if (lines.length > MAX_SIGNATURES) {
			throw new IllegalArgumentException("the note has more than " + MAX_SIGNATURES + " signatures");
		}
		for (String line : lines) {
			SignatureLine signature = SignatureLine.parse(line);
			if (signature.name().equals(verifier.name()) && signature.keyId() == verifier.keyId()) {
				if (!verifier.verify(message, signature.signature())) {
					throw new IllegalArgumentException("the signature by " + describe(verifier) + " does not verify");
				}
				verified = true;
			}
		}
		if (!verified) {
			throw new IllegalArgumentException("the note carries no signature by " + describe(verifier));
		}
		return text;
	}

	/**
	 * Notes must be well-formed UTF-8 with no control characters but newlines, so that
	 * every reader sees the same text and a signature can't hide behind invisible bytes.
	 */
	static void requireWellFormed(String what, String text) {
		Objects.requireNonNull(text, what);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 0x20 && c != '\n') {
				throw new IllegalArgumentException(
						what + " holds the control character U+" + HexFormat.of().withUpperCase().toHexDigits(c));
			}
		}
		requireWellFormedUnicode(what, text);
	}

	static void requireWellFormedUnicode(String what, String text) {
		try {
			StandardCharsets.UTF_8.newEncoder().encode(CharBuffer.wrap(text));
		}
		catch (CharacterCodingException ex) {
			throw new IllegalArgumentException(what + " is not well-formed Unicode");
		}
	}

	private static String describe(NoteVerifier verifier) {
		return verifier.name() + "+" + HexFormat.of().toHexDigits(verifier.keyId());
	}

	private record SignatureLine(String name, int keyId, byte[] signature) {

		static SignatureLine parse(String line) {
			if (!line.startsWith(SIGNATURE_PREFIX)) {
				throw new IllegalArgumentException(
						"a signature line starts with an em dash and a space: '" + line + "'");
			}
			String rest = line.substring(SIGNATURE_PREFIX.length());
			int space = rest.indexOf(' ');
			if (space < 0) {
				throw new IllegalArgumentException(
						"a signature line reads <em dash> <key name> <signature>: '" + line + "'");
			}
			String name = NoteVerifier.requireValidName(rest.substring(0, space));
			byte[] bytes = NoteVerifier.decodeBase64("the signature of " + name, rest.substring(space + 1));
			if (bytes.length <= KEY_ID_SIZE) {
				throw new IllegalArgumentException("the signature of " + name + " is too short");
			}
			int keyId = ByteBuffer.wrap(bytes).getInt();
			return new SignatureLine(name, keyId, Arrays.copyOfRange(bytes, KEY_ID_SIZE, bytes.length));
		}

	}

}
