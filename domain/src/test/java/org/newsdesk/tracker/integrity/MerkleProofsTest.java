package org.newsdesk.tracker.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

class MerkleProofsTest {

	private static final int MAX_SIZE = 40;

	private static final List<byte[]> ENTRIES = MerkleTreeTest.entries(MAX_SIZE);

	private static final MerkleTree TREE = MerkleTree.of(ENTRIES);

	@Test
	void theCertificateTransparencyInclusionProofsVerify() {
		for (CtVectors.InclusionVector vector : CtVectors.INCLUSION_PROOFS) {
			byte[] entry = CtVectors.ENTRIES.get(vector.index());
			byte[] root = CtVectors.ROOTS.get(vector.treeSize());
			int index = vector.index();
			int size = vector.treeSize();
			assertThat(MerkleProofs.verifyEntryInclusion(entry, index, size, vector.proof(), root))
				.as("inclusion of %d in %d", index, size)
				.isTrue();
			assertThat(MerkleProofs.verifyInclusion(MerkleTree.leafHash(entry), index, size, vector.proof(), root))
				.isTrue();
		}
	}

	@Test
	void theCertificateTransparencyInclusionProofsFailForAnotherTreeSize() {
		for (CtVectors.InclusionVector vector : CtVectors.INCLUSION_PROOFS) {
			if (vector.proof().isEmpty()) {
				continue;
			}
			byte[] entry = CtVectors.ENTRIES.get(vector.index());
			byte[] root = CtVectors.ROOTS.get(vector.treeSize());
			assertThat(MerkleProofs.verifyEntryInclusion(entry, vector.index(), vector.treeSize() * 2L, vector.proof(),
					root))
				.isFalse();
			assertThat(MerkleProofs.verifyEntryInclusion(entry, vector.index(), vector.treeSize() / 2, vector.proof(),
					root))
				.isFalse();
		}
	}

	@Test
	void theCertificateTransparencyConsistencyProofsVerify() {
		for (CtVectors.ConsistencyVector vector : CtVectors.CONSISTENCY_PROOFS) {
			assertThat(MerkleProofs.verifyConsistency(vector.oldSize(), vector.newSize(),
					CtVectors.ROOTS.get(vector.oldSize()), CtVectors.ROOTS.get(vector.newSize()), vector.proof()))
				.as("consistency of %d with %d", vector.oldSize(), vector.newSize())
				.isTrue();
		}
	}

	@Test
	void everyInclusionProofVerifiesUpToFortyEntries() {
		for (int n = 1; n <= MAX_SIZE; n++) {
			byte[] root = TREE.root(n);
			for (int m = 0; m < n; m++) {
				assertThat(MerkleProofs.verifyEntryInclusion(ENTRIES.get(m), m, n, TREE.inclusionProof(m, n), root))
					.as("entry %d of %d", m, n)
					.isTrue();
			}
		}
	}

	@Test
	void anInclusionProofFailsForAnotherEntryIndexOrRoot() {
		for (int n = 1; n <= MAX_SIZE; n++) {
			byte[] root = TREE.root(n);
			for (int m = 0; m < n; m++) {
				List<byte[]> proof = TREE.inclusionProof(m, n);
				byte[] entry = ENTRIES.get(m);
				String what = "entry " + m + " of " + n;
				assertThat(MerkleProofs.verifyEntryInclusion(ENTRIES.get((m + 1) % MAX_SIZE), m, n, proof, root))
					.as("another entry, %s", what)
					.isFalse();
				if (m > 0) {
					assertThat(MerkleProofs.verifyEntryInclusion(entry, m - 1, n, proof, root))
						.as("index - 1, %s", what)
						.isFalse();
				}
				assertThat(MerkleProofs.verifyEntryInclusion(entry, m + 1, n, proof, root)).as("index + 1, %s", what)
					.isFalse();
				assertThat(MerkleProofs.verifyEntryInclusion(entry, m, n, proof, TREE.root(n - 1)))
					.as("root of a smaller tree, %s", what)
					.isFalse();
				assertThat(MerkleProofs.verifyEntryInclusion(entry, m, n, proof, MerkleTree.emptyRoot()))
					.as("empty root, %s", what)
					.isFalse();
			}
		}
	}

	@Test
	void anInclusionProofFailsWhenTamperedWith() {
		for (int n = 1; n <= MAX_SIZE; n++) {
			byte[] root = TREE.root(n);
			for (int m = 0; m < n; m++) {
				List<byte[]> proof = TREE.inclusionProof(m, n);
				byte[] entry = ENTRIES.get(m);
				for (List<byte[]> tampered : tamperings(proof, root)) {
					assertThat(MerkleProofs.verifyEntryInclusion(entry, m, n, tampered, root))
						.as("entry %d of %d with %d elements", m, n, tampered.size())
						.isFalse();
				}
			}
		}
	}

	@Test
	void everyConsistencyProofVerifiesUpToFortyEntries() {
		for (int n = 1; n <= MAX_SIZE; n++) {
			for (int m = 0; m <= n; m++) {
				byte[] oldRoot = TREE.root(m);
				assertThat(MerkleProofs.verifyConsistency(m, n, oldRoot, TREE.root(n), TREE.consistencyProof(m, n)))
					.as("%d with %d", m, n)
					.isTrue();
			}
		}
	}

	@Test
	void aConsistencyProofFailsForOtherSizesOrRoots() {
		for (int n = 2; n <= MAX_SIZE; n++) {
			byte[] newRoot = TREE.root(n);
			for (int m = 1; m < n; m++) {
				List<byte[]> proof = TREE.consistencyProof(m, n);
				byte[] oldRoot = TREE.root(m);
				String what = m + " with " + n;
				assertThat(MerkleProofs.verifyConsistency(m, n, TREE.root(m - 1), newRoot, proof))
					.as("another old root, %s", what)
					.isFalse();
				assertThat(MerkleProofs.verifyConsistency(m, n, oldRoot, TREE.root(n - 1), proof))
					.as("another new root, %s", what)
					.isFalse();
				assertThat(MerkleProofs.verifyConsistency(m, n, newRoot, oldRoot, proof)).as("swapped roots, %s", what)
					.isFalse();
				assertThat(MerkleProofs.verifyConsistency(m - 1, n, oldRoot, newRoot, proof))
					.as("old size - 1, %s", what)
					.isFalse();
				assertThat(MerkleProofs.verifyConsistency(m + 1, n, oldRoot, newRoot, proof))
					.as("old size + 1, %s", what)
					.isFalse();
			}
		}
	}

	@Test
	void aConsistencyProofFailsWhenTamperedWith() {
		for (int n = 2; n <= MAX_SIZE; n++) {
			byte[] newRoot = TREE.root(n);
			for (int m = 1; m < n; m++) {
				byte[] oldRoot = TREE.root(m);
				for (List<byte[]> tampered : tamperings(TREE.consistencyProof(m, n), oldRoot)) {
					assertThat(MerkleProofs.verifyConsistency(m, n, oldRoot, newRoot, tampered))
						.as("%d with %d, %d elements", m, n, tampered.size())
						.isFalse();
				}
			}
		}
	}

	@Test
	void aLogThatShrankIsNotConsistent() {
		assertThat(MerkleProofs.verifyConsistency(5, 4, TREE.root(5), TREE.root(4), TREE.consistencyProof(4, 5)))
			.isFalse();
		assertThat(MerkleProofs.verifyConsistency(1, 0, TREE.root(1), MerkleTree.emptyRoot(), List.of())).isFalse();
	}

	@Test
	void treesOfTheSameSizeAreConsistentOnlyWhenTheirRootsAreEqual() {
		assertThat(MerkleProofs.verifyConsistency(7, 7, TREE.root(7), TREE.root(7), List.of())).isTrue();
		assertThat(MerkleProofs.verifyConsistency(7, 7, TREE.root(7), TREE.root(6), List.of())).isFalse();
		assertThat(MerkleProofs.verifyConsistency(7, 7, TREE.root(7), TREE.root(7), List.of(TREE.root(7)))).isFalse();
	}

	@Test
	void theEmptyTreeIsConsistentWithEveryTreeButHasTheEmptyRoot() {
		assertThat(MerkleProofs.verifyConsistency(0, 9, MerkleTree.emptyRoot(), TREE.root(9), List.of())).isTrue();
		assertThat(MerkleProofs.verifyConsistency(0, 0, MerkleTree.emptyRoot(), MerkleTree.emptyRoot(), List.of()))
			.isTrue();
		assertThat(MerkleProofs.verifyConsistency(0, 9, TREE.root(1), TREE.root(9), List.of())).isFalse();
		assertThat(MerkleProofs.verifyConsistency(0, 0, MerkleTree.emptyRoot(), TREE.root(1), List.of())).isFalse();
		assertThat(MerkleProofs.verifyConsistency(0, 9, MerkleTree.emptyRoot(), TREE.root(9), List.of(TREE.root(1))))
			.isFalse();
	}

	@Test
	void aSingleEntryTreeHasItsLeafHashAsRootAndAnEmptyProof() {
		byte[] leafHash = MerkleTree.leafHash(ENTRIES.get(0));
		assertThat(MerkleProofs.verifyInclusion(leafHash, 0, 1, List.of(), leafHash)).isTrue();
		assertThat(MerkleProofs.verifyInclusion(leafHash, 0, 1, List.of(), new byte[0])).isFalse();
		assertThat(MerkleProofs.verifyInclusion(new byte[0], 0, 1, List.of(), leafHash)).isFalse();
	}

	@Test
	void anIndexPastTheEndIsNeverIncluded() {
		byte[] leafHash = MerkleTree.leafHash(ENTRIES.get(0));
		assertThat(MerkleProofs.verifyInclusion(leafHash, 1, 1, List.of(), leafHash)).isFalse();
		assertThat(MerkleProofs.verifyInclusion(leafHash, 0, 0, List.of(), MerkleTree.emptyRoot())).isFalse();
		assertThat(MerkleProofs.verifyInclusion(leafHash, 8, 8, TREE.inclusionProof(7, 8), TREE.root(8))).isFalse();
	}

	@Test
	void elementsThatAreNoHashesFailRatherThanThrow() {
		List<byte[]> proof = new ArrayList<>(TREE.inclusionProof(3, 8));
		proof.set(1, new byte[31]);
		assertThat(MerkleProofs.verifyEntryInclusion(ENTRIES.get(3), 3, 8, proof, TREE.root(8))).isFalse();
		proof.set(1, null);
		assertThat(MerkleProofs.verifyEntryInclusion(ENTRIES.get(3), 3, 8, proof, TREE.root(8))).isFalse();
		assertThat(MerkleProofs.verifyConsistency(3, 8, TREE.root(3), new byte[33], TREE.consistencyProof(3, 8)))
			.isFalse();
	}

	@Test
	void negativeIndicesAndSizesAreRefused() {
		byte[] root = TREE.root(8);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> MerkleProofs.verifyInclusion(root, -1, 8, List.of(), root))
			.withMessage("index must not be negative, was -1");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> MerkleProofs.verifyInclusion(root, 0, -8, List.of(), root));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> MerkleProofs.verifyConsistency(-1, 8, root, root, List.of()))
			.withMessage("old size must not be negative, was -1");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> MerkleProofs.verifyConsistency(1, -8, root, root, List.of()));
	}

	/**
	 * The ways a proof can be altered: one bit flipped in any element, the last element
	 * dropped, the first repeated, the order reversed, or an element added at either end.
	 */
	private static List<List<byte[]>> tamperings(List<byte[]> proof, byte[] root) {
		List<List<byte[]>> tamperings = new ArrayList<>();
		for (int i = 0; i < proof.size(); i++) {
			List<byte[]> flipped = new ArrayList<>(proof);
			byte[] element = proof.get(i).clone();
			element[0] ^= 8;
			flipped.set(i, element);
			tamperings.add(flipped);
		}
		if (!proof.isEmpty()) {
			tamperings.add(proof.subList(0, proof.size() - 1));
			List<byte[]> doubled = new ArrayList<>(proof);
			doubled.add(0, proof.get(0));
			tamperings.add(doubled);
		}
		if (proof.size() > 1) {
			List<byte[]> reversed = new ArrayList<>(proof);
			Collections.reverse(reversed);
			tamperings.add(reversed);
		}
		List<byte[]> trailing = new ArrayList<>(proof);
		trailing.add(root);
		tamperings.add(trailing);
		List<byte[]> leading = new ArrayList<>(proof);
		leading.add(0, root);
		tamperings.add(leading);
		List<byte[]> emptyElement = new ArrayList<>(proof);
		emptyElement.add(new byte[0]);
		tamperings.add(emptyElement);
		return tamperings;
	}

}
