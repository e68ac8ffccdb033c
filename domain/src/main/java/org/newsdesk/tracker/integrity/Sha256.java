package org.newsdesk.tracker.integrity;

import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * SHA-256, the one hash function of this package. Every Java runtime must provide it, so
 * its absence is a broken runtime, reported as such rather than handled.
 */
final class Sha256 {

	static final int SIZE = 32;

	private Sha256() {
	}

	static MessageDigest newDigest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("this Java runtime has no SHA-256", ex);
		}
	}

	static byte[] digest(byte[]... parts) {
		MessageDigest digest = newDigest();
		for (byte[] part : parts) {
			digest.update(part);
		}
		return digest.digest();
	}

	/**
	 * Finishes the digest into {@code target} at {@code offset}, so that tree levels can
	 * be filled in place without one array per hash.
	 */
	static void finishInto(MessageDigest digest, byte[] target, int offset) {
		try {
			digest.digest(target, offset, SIZE);
		}
		catch (DigestException ex) {
			throw new IllegalStateException("SHA-256 did not produce 32 bytes", ex);
		}
	}

	static boolean isHash(byte[] bytes) {
		return bytes != null && bytes.length == SIZE;
	}

}
