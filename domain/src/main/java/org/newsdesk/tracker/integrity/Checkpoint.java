package org.newsdesk.tracker.integrity;

import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A signed statement of the log's state: its origin, its size and the RFC 6962 root of
 * its first {@code size} entries, in the C2SP checkpoint format
 * (https://c2sp.org/tlog-checkpoint) inside a {@link SignedNote}:
 *
 * <pre>
 * newsdesk.example/tracker
 * 20852163
 * CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=
 *
 * &mdash; newsdesk.example/tracker Az3grlgtzPIC...
 * </pre>
 *
 * Using the common format means witnesses and monitors built for Certificate Transparency
 * and Go's checksum database can hold this log to account without code of ours. Once the
 * log has signed a checkpoint, it can only sign later ones that a consistency proof links
 * to it, and anyone holding the old one can ask for that proof.
 * <p>
 * Extension lines, which the format allows after the root, are never written and are
 * refused when read: a reader would have to trust what it could not check.
 */
public record Checkpoint(String origin, long size, byte[] root) {

	private static final Pattern DECIMAL = Pattern.compile("0|[1-9][0-9]*");

	public Checkpoint {
		Objects.requireNonNull(origin, "origin");
		Objects.requireNonNull(root, "root");
		if (origin.isEmpty() || origin.contains("\n")) {
			throw new IllegalArgumentException("the origin must be one non-empty line");
		}
		SignedNote.requireWellFormed("the origin", origin);
		if (size < 0) {
			throw new IllegalArgumentException("the tree size must not be negative, was " + size);
		}
		if (root.length != Sha256.SIZE) {
			throw new IllegalArgumentException("the root hash has " + Sha256.SIZE + " bytes, not " + root.length);
		}
		root = root.clone();
	}

	/**
	 * The checkpoint of {@code size} entries with root {@code root}, signed by
	 * {@code signer}: the text to publish.
	 */
	public static String sign(String origin, long size, byte[] root, NoteSigner signer) {
		return new Checkpoint(origin, size, root).sign(signer);
	}

	/**
	 * Reads a checkpoint <strong>without checking any signature</strong>; only
	 * {@link #verify} says whether the log actually signed it.
	 * @throws IllegalArgumentException naming what is malformed
	 */
	public static Checkpoint parse(String note) {
		SignedNote.requireWellFormed("the checkpoint", note);
		int split = note.lastIndexOf("\n\n");
		if (split < 0) {
			throw new IllegalArgumentException("the checkpoint has no blank line before its signatures");
		}
		return parseBody(note.substring(0, split + 1));
	}

	/**
	 * Reads the three lines of a checkpoint body, each ending with a newline.
	 * @throws IllegalArgumentException naming what is malformed
	 */
	public static Checkpoint parseBody(String body) {
		Objects.requireNonNull(body, "body");
		if (!body.endsWith("\n")) {
			throw new IllegalArgumentException("the checkpoint body must end with a newline");
		}
		String[] lines = body.substring(0, body.length() - 1).split("\n", -1);
		if (lines.length < 3) {
			throw new IllegalArgumentException(
					"a checkpoint body has three lines (origin, tree size, root hash), not " + lines.length);
		}
		if (lines.length > 3) {
			throw new IllegalArgumentException("the checkpoint has extension lines, which this log never signs");
		}
		if (!DECIMAL.matcher(lines[1]).matches()) {
			throw new IllegalArgumentException(
					"the tree size is a decimal number without leading zeros, not '" + lines[1] + "'");
		}
		long size;
		try {
			size = Long.parseLong(lines[1]);
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("the tree size " + lines[1] + " is too large");
		}
		byte[] root = NoteVerifier.decodeBase64("the root hash", lines[2]);
		return new Checkpoint(lines[0], size, root);
	}

	/**
	 * The checkpoint, once {@code verifier}'s signature on it is checked.
	 * @throws IllegalArgumentException when the checkpoint is malformed, is not signed by
	 * the verifier's key (same key name and key ID) or the signature does not verify
	 */
	public static Checkpoint verify(String note, NoteVerifier verifier) {
		return parseBody(SignedNote.open(note, verifier));
	}

	@Override
	public byte[] root() {
		return this.root.clone();
	}

	/**
	 * The signed text: origin, tree size and base64 root, one per line.
	 */
	public String body() {
		return this.origin + "\n" + this.size + "\n" + Base64.getEncoder().encodeToString(this.root) + "\n";
	}

	public String sign(NoteSigner signer) {
		return SignedNote.sign(body(), signer);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Checkpoint that && this.origin.equals(that.origin) && this.size == that.size
				&& Arrays.equals(this.root, that.root);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.origin, this.size, Arrays.hashCode(this.root));
	}

	@Override
	public String toString() {
		return "Checkpoint[" + this.origin + ", " + this.size + ", " + HexFormat.of().formatHex(this.root) + "]";
	}

}
