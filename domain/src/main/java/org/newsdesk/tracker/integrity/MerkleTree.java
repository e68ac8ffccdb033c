package org.newsdesk.tracker.integrity;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The Merkle tree of RFC 6962 (Certificate Transparency) over the entries of a log, in
 * this tracker the event hashes in the order they were appended. The RFC's hashing and
 * split rule are followed exactly, not a look-alike, so that any transparency tool (Go's
 * {@code transparency-dev/merkle}, witnesses, monitors) computes the same roots and
 * checks the same proofs.
 * <p>
 * Leaf hash: {@code SHA-256(0x00 || entry)}; node hash:
 * {@code SHA-256(0x01 || left || right)}; the left subtree of {@code n > 1} entries holds
 * the largest power of two smaller than {@code n}; the empty tree's root is
 * {@code SHA-256("")}.
 * <p>
 * An instance hashes each entry once and keeps the hash of every complete, aligned
 * subtree (about 64 bytes per entry), so that any root or proof for a size up to
 * {@link #size()} costs a few hashes per tree level instead of a pass over the entries.
 * The static methods are for one-off use.
 */
public final class MerkleTree {

	private static final byte LEAF_PREFIX = 0x00;

	private static final byte NODE_PREFIX = 0x01;

	private static final int MAX_SIZE = Integer.MAX_VALUE / Sha256.SIZE;

	/**
	 * {@code levels[h]} holds, back to back, the hashes of the complete subtrees of
	 * {@code 2^h} entries starting at multiples of {@code 2^h}. RFC 6962 trees of any
	 * size are built from such subtrees and a right edge, which is recomputed on demand.
	 */
	private final byte[][] levels;

	private final int size;

	private MerkleTree(byte[][] levels, int size) {
		this.levels = levels;
		this.size = size;
	}

	/**
	 * Builds the tree over the given entries (not leaf hashes: each entry is hashed here
	 * with its {@code 0x00} prefix).
	 */
	public static MerkleTree of(List<byte[]> entries) {
		Objects.requireNonNull(entries, "entries");
		int size = entries.size();
		if (size > MAX_SIZE) {
			throw new IllegalArgumentException("at most " + MAX_SIZE + " entries fit in one tree, not " + size);
		}
		MessageDigest digest = Sha256.newDigest();
		List<byte[]> levels = new ArrayList<>();
		byte[] bottom = new byte[size * Sha256.SIZE];
		for (int i = 0; i < size; i++) {
			digest.update(LEAF_PREFIX);
			digest.update(Objects.requireNonNull(entries.get(i), "entry"));
			Sha256.finishInto(digest, bottom, i * Sha256.SIZE);
		}
		levels.add(bottom);
		byte[] below = bottom;
		for (int count = size / 2; count > 0; count /= 2) {
			byte[] level = new byte[count * Sha256.SIZE];
			for (int i = 0; i < count; i++) {
				digest.update(NODE_PREFIX);
				digest.update(below, 2 * i * Sha256.SIZE, 2 * Sha256.SIZE);
				Sha256.finishInto(digest, level, i * Sha256.SIZE);
			}
			levels.add(level);
			below = level;
		}
		return new MerkleTree(levels.toArray(new byte[0][]), size);
	}

	/**
	 * The root of the tree over all entries, streaming: memory stays logarithmic in the
	 * number of entries.
	 */
	public static byte[] root(List<byte[]> entries) {
		Objects.requireNonNull(entries, "entries");
		MessageDigest digest = Sha256.newDigest();
		byte[][] stack = new byte[Long.SIZE][];
		long[] widths = new long[Long.SIZE];
		int depth = 0;
		for (byte[] entry : entries) {
			digest.update(LEAF_PREFIX);
			digest.update(Objects.requireNonNull(entry, "entry"));
			byte[] hash = digest.digest();
			long width = 1;
			while (depth > 0 && widths[depth - 1] == width) {
				depth--;
				hash = nodeHash(digest, stack[depth], hash);
				width *= 2;
			}
			stack[depth] = hash;
			widths[depth] = width;
			depth++;
		}
		if (depth == 0) {
			return emptyRoot();
		}
		byte[] root = stack[depth - 1];
		for (int i = depth - 2; i >= 0; i--) {
			root = nodeHash(digest, stack[i], root);
		}
		return root;
	}

	/**
	 * The audit path proving that entry {@code index} is in the tree of the first
	 * {@code treeSize} entries (RFC 6962 section 2.1.1).
	 */
	public static List<byte[]> inclusionProof(List<byte[]> entries, int index, int treeSize) {
		requireSize(treeSize, entries.size());
		return of(entries.subList(0, treeSize)).inclusionProof(index, treeSize);
	}

	/**
	 * The proof that the tree of the first {@code oldSize} entries is a prefix of the
	 * tree of the first {@code newSize} (RFC 6962 section 2.1.2).
	 */
	public static List<byte[]> consistencyProof(List<byte[]> entries, int oldSize, int newSize) {
		requireSize(newSize, entries.size());
		return of(entries.subList(0, newSize)).consistencyProof(oldSize, newSize);
	}

	public static byte[] emptyRoot() {
		return Sha256.digest();
	}

	/**
	 * The hash of an entry as a leaf of the tree. The prefix keeps a leaf from ever
	 * passing for an inner node, the second-preimage attack RFC 6962 guards against.
	 */
	public static byte[] leafHash(byte[] entry) {
		return Sha256.digest(new byte[] { LEAF_PREFIX }, entry);
	}

	public static byte[] nodeHash(byte[] left, byte[] right) {
		return nodeHash(Sha256.newDigest(), left, right);
	}

	private static byte[] nodeHash(MessageDigest digest, byte[] left, byte[] right) {
		digest.update(NODE_PREFIX);
		digest.update(left);
		digest.update(right);
		return digest.digest();
	}

	public int size() {
		return this.size;
	}

	public byte[] root() {
		return root(this.size);
	}

	/**
	 * The root the tree had when it held its first {@code treeSize} entries.
	 */
	public byte[] root(int treeSize) {
		requireSize(treeSize, this.size);
		return (treeSize == 0) ? emptyRoot() : subtreeHash(0, treeSize);
	}

	/**
	 * The audit path for entry {@code index} in the tree of the first {@code treeSize}
	 * entries, nearest sibling first, as RFC 6962's {@code PATH(m, D[n])} lists it.
	 * @throws IllegalArgumentException unless {@code 0 <= index < treeSize <= size()}
	 */
	public List<byte[]> inclusionProof(int index, int treeSize) {
		requireSize(treeSize, this.size);
		if (index < 0 || index >= treeSize) {
			throw new IllegalArgumentException(
					"entry " + index + " is not in a tree of " + treeSize + " entries (0 to " + (treeSize - 1) + ")");
		}
		List<byte[]> fromTop = new ArrayList<>();
		int start = 0;
		int end = treeSize;
		while (end - start > 1) {
			int split = start + largestPowerOfTwoBelow(end - start);
			if (index < split) {
				fromTop.add(subtreeHash(split, end));
				end = split;
			}
			else {
				fromTop.add(subtreeHash(start, split));
				start = split;
			}
		}
		Collections.reverse(fromTop);
		return fromTop;
	}

	/**
	 * The consistency proof between the trees of the first {@code oldSize} and
	 * {@code newSize} entries, as RFC 6962's {@code PROOF(m, D[n])} lists it; empty when
	 * either tree is empty or both are the same.
	 * @throws IllegalArgumentException unless {@code 0 <= oldSize <= newSize <= size()}
	 */
	public List<byte[]> consistencyProof(int oldSize, int newSize) {
		requireSize(newSize, this.size);
		if (oldSize < 0 || oldSize > newSize) {
			throw new IllegalArgumentException(
					"a tree of " + oldSize + " entries cannot be a prefix of one of " + newSize);
		}
		List<byte[]> proof = new ArrayList<>();
		if (oldSize == 0 || oldSize == newSize) {
			return proof;
		}
		int start = 0;
		int end = newSize;
		int m = oldSize;
		boolean wholeOldTree = true;
		while (m != end - start) {
			int k = largestPowerOfTwoBelow(end - start);
			if (m <= k) {
				proof.add(subtreeHash(start + k, end));
				end = start + k;
			}
			else {
				proof.add(subtreeHash(start, start + k));
				start += k;
				m -= k;
				wholeOldTree = false;
			}
		}
		if (!wholeOldTree) {
			proof.add(subtreeHash(start, end));
		}
		Collections.reverse(proof);
		return proof;
	}

	private byte[] subtreeHash(int start, int end) {
		int width = end - start;
		if (Integer.bitCount(width) == 1 && start % width == 0) {
			int level = Integer.numberOfTrailingZeros(width);
			int offset = (start / width) * Sha256.SIZE;
			byte[] hash = new byte[Sha256.SIZE];
			System.arraycopy(this.levels[level], offset, hash, 0, Sha256.SIZE);
			return hash;
		}
		int split = start + largestPowerOfTwoBelow(width);
		return nodeHash(subtreeHash(start, split), subtreeHash(split, end));
	}

	private static int largestPowerOfTwoBelow(int n) {
		return Integer.highestOneBit(n - 1);
	}

	private static void requireSize(int treeSize, int available) {
		if (treeSize < 0 || treeSize > available) {
			throw new IllegalArgumentException("tree size " + treeSize + " is not between 0 and " + available);
		}
	}

}
