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

	/**
	 * One digest per thread, reset after each use: looking one up costs more than a hash.
	 */
	private static final ThreadLocal<MessageDigest> DIGESTS = ThreadLocal.withInitial(Sha256::newDigest);

	/** This thread's digest, reset: for one hash, finished before the next is begun. */
	static MessageDigest reusableDigest() {
		MessageDigest digest = DIGESTS.get();
		digest.reset();
		return digest;
	}

	static byte[] digest(byte[]... parts) {
		MessageDigest digest = reusableDigest();
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
