package org.newsdesk.tracker.integrity;

import java.security.MessageDigest;
import java.util.List;
import java.util.Objects;

/**
 * Checks RFC 6962 proofs with nothing but the proof, the sizes and the roots, which is
 * all an outside auditor holding signed checkpoints has. The algorithms are those of RFC
 * 9162 sections 2.1.3.2 and 2.1.4.2, which walk the proof by shifting the binary
 * representations of the index and sizes instead of rebuilding any part of the tree.
 * <p>
 * A proof that does not hold yields {@code false}, whatever is wrong with it (wrong root,
 * wrong length, an element that is no 32-byte hash, an index past the end): the caller
 * learns that the log cannot show what was claimed, and treats every such case alike.
 * Only arguments that no proof could ever be about (negative sizes, {@code null}) throw.
 */
public final class MerkleProofs {

	private static final byte NODE_PREFIX = 0x01;

	private MerkleProofs() {
	}

	/**
	 * Whether {@code proof} shows that the leaf whose hash is {@code leafHash} sits at
	 * {@code index} in the tree of {@code treeSize} entries with root {@code root}.
	 * @param leafHash {@link MerkleTree#leafHash(byte[])} of the entry, not the entry
	 * itself; see {@link #verifyEntryInclusion} for that
	 * @throws IllegalArgumentException when the index or the size is negative
	 */
	public static boolean verifyInclusion(byte[] leafHash, long index, long treeSize, List<byte[]> proof, byte[] root) {
		requireNotNegative("index", index);
		requireNotNegative("tree size", treeSize);
		Objects.requireNonNull(proof, "proof");
		if (index >= treeSize || !Sha256.isHash(leafHash) || !Sha256.isHash(root) || !allHashes(proof)) {
			return false;
		}
		MessageDigest digest = Sha256.newDigest();
		long fn = index;
		long sn = treeSize - 1;
		byte[] r = leafHash;
		for (byte[] p : proof) {
			if (sn == 0) {
				return false;
			}
			if ((fn & 1) == 1 || fn == sn) {
				r = node(digest, p, r);
				while ((fn & 1) == 0 && fn != 0) {
					fn >>= 1;
					sn >>= 1;
				}
			}
			else {
				r = node(digest, r, p);
			}
			fn >>= 1;
			sn >>= 1;
		}
		return sn == 0 && MessageDigest.isEqual(r, root);
	}

	/**
	 * Like {@link #verifyInclusion} for the entry itself (an event hash, in this
	 * tracker), hashed here as a leaf.
	 */
	public static boolean verifyEntryInclusion(byte[] entry, long index, long treeSize, List<byte[]> proof,
			byte[] root) {
		return verifyInclusion(MerkleTree.leafHash(Objects.requireNonNull(entry, "entry")), index, treeSize, proof,
				root);
	}

	/**
	 * Whether {@code proof} shows that the tree of {@code oldSize} entries with root
	 * {@code oldRoot} is the beginning of the tree of {@code newSize} entries with root
	 * {@code newRoot}: nothing the log had shown was changed or removed since. A log that
	 * shrank ({@code oldSize > newSize}) fails. The empty tree is a prefix of every tree,
	 * with an empty proof; so is a tree of itself.
	 * @throws IllegalArgumentException when a size is negative
	 */
	public static boolean verifyConsistency(long oldSize, long newSize, byte[] oldRoot, byte[] newRoot,
			List<byte[]> proof) {
		requireNotNegative("old size", oldSize);
		requireNotNegative("new size", newSize);
		Objects.requireNonNull(proof, "proof");
		if (oldSize > newSize || !Sha256.isHash(oldRoot) || !Sha256.isHash(newRoot) || !allHashes(proof)) {
			return false;
		}
		if (oldSize == 0) {
			boolean emptyNewTree = newSize > 0 || MessageDigest.isEqual(newRoot, MerkleTree.emptyRoot());
			return proof.isEmpty() && MessageDigest.isEqual(oldRoot, MerkleTree.emptyRoot()) && emptyNewTree;
		}
		if (oldSize == newSize) {
			return proof.isEmpty() && MessageDigest.isEqual(oldRoot, newRoot);
		}
		if (proof.isEmpty()) {
			return false;
		}
		MessageDigest digest = Sha256.newDigest();
		int next = 0;
		byte[] fr;
		if (Long.bitCount(oldSize) == 1) {
			fr = oldRoot;
		}
		else {
			fr = proof.get(0);
			next = 1;
		}
		byte[] sr = fr;
		long fn = oldSize - 1;
		long sn = newSize - 1;
		while ((fn & 1) == 1) {
			fn >>= 1;
			sn >>= 1;
		}
		for (byte[] c : proof.subList(next, proof.size())) {
			if (sn == 0) {
				return false;
			}
			if ((fn & 1) == 1 || fn == sn) {
				fr = node(digest, c, fr);
				sr = node(digest, c, sr);
				while ((fn & 1) == 0 && fn != 0) {
					fn >>= 1;
					sn >>= 1;
				}
			}
			else {
				sr = node(digest, sr, c);
			}
			fn >>= 1;
			sn >>= 1;
		}
		return sn == 0 && MessageDigest.isEqual(fr, oldRoot) && MessageDigest.isEqual(sr, newRoot);
	}

	private static byte[] node(MessageDigest digest, byte[] left, byte[] right) {
		digest.update(NODE_PREFIX);
		digest.update(left);
		digest.update(right);
		return digest.digest();
	}

	private static boolean allHashes(List<byte[]> proof) {
		for (byte[] element : proof) {
			if (!Sha256.isHash(element)) {
				return false;
			}
		}
		return true;
	}

	private static void requireNotNegative(String what, long value) {
		if (value < 0) {
			throw new IllegalArgumentException(what + " must not be negative, was " + value);
		}
	}

}
