package org.newsdesk.tracker.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;

class MerkleTreeTest {

	@Test
	void rootsMatchTheCertificateTransparencyVectors() {
		MerkleTree tree = MerkleTree.of(CtVectors.ENTRIES);
		for (int size = 0; size <= CtVectors.ENTRIES.size(); size++) {
			String expected = hex(CtVectors.ROOTS.get(size));
			assertThat(hex(tree.root(size))).as("root of %d entries", size).isEqualTo(expected);
			assertThat(hex(MerkleTree.root(CtVectors.ENTRIES.subList(0, size)))).as("streamed root of %d entries", size)
				.isEqualTo(expected);
		}
		assertThat(hex(MerkleTree.root(CtVectors.ENTRIES)))
			.isEqualTo("5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");
	}

	@Test
	void theEmptyTreeHasTheHashOfNothingAsItsRoot() {
		assertThat(hex(MerkleTree.emptyRoot()))
			.isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
		assertThat(MerkleTree.of(List.of()).root()).isEqualTo(MerkleTree.emptyRoot());
		assertThat(MerkleTree.root(List.of())).isEqualTo(MerkleTree.emptyRoot());
	}

	@Test
	void proofsMatchTheCertificateTransparencyVectors() {
		MerkleTree tree = MerkleTree.of(CtVectors.ENTRIES);
		for (CtVectors.InclusionVector vector : CtVectors.INCLUSION_PROOFS) {
			assertThat(hexes(tree.inclusionProof(vector.index(), vector.treeSize())))
				.as("inclusion of %d in %d", vector.index(), vector.treeSize())
				.isEqualTo(hexes(vector.proof()));
		}
		for (CtVectors.ConsistencyVector vector : CtVectors.CONSISTENCY_PROOFS) {
			assertThat(hexes(tree.consistencyProof(vector.oldSize(), vector.newSize())))
				.as("consistency of %d with %d", vector.oldSize(), vector.newSize())
				.isEqualTo(hexes(vector.proof()));
		}
	}

	@Test
	void rootsAndProofsAgreeWithALiteralTranscriptionOfTheRfcUpToFortyEntries() {
		List<byte[]> entries = entries(40);
		MerkleTree tree = MerkleTree.of(entries);
		for (int n = 1; n <= 40; n++) {
			List<byte[]> first = entries.subList(0, n);
			assertThat(hex(tree.root(n))).as("root of %d", n).isEqualTo(hex(Rfc6962Reference.mth(first)));
			assertThat(hex(MerkleTree.root(first))).as("streamed root of %d", n)
				.isEqualTo(hex(Rfc6962Reference.mth(first)));
			for (int m = 0; m < n; m++) {
				assertThat(hexes(tree.inclusionProof(m, n))).as("inclusion of %d in %d", m, n)
					.isEqualTo(hexes(Rfc6962Reference.path(m, first)));
			}
			for (int m = 1; m <= n; m++) {
				assertThat(hexes(tree.consistencyProof(m, n))).as("consistency of %d with %d", m, n)
					.isEqualTo(hexes(Rfc6962Reference.proof(m, first)));
			}
		}
	}

	@Test
	void theStaticShortcutsGiveWhatTheTreeGives() {
		List<byte[]> entries = entries(21);
		MerkleTree tree = MerkleTree.of(entries);
		assertThat(hexes(MerkleTree.inclusionProof(entries, 6, 13))).isEqualTo(hexes(tree.inclusionProof(6, 13)));
		assertThat(hexes(MerkleTree.consistencyProof(entries, 7, 19))).isEqualTo(hexes(tree.consistencyProof(7, 19)));
	}

	@Test
	void aFlippedBitInAnyEntryChangesTheRoot() {
		List<byte[]> entries = entries(13);
		byte[] root = MerkleTree.root(entries);
		for (int i = 0; i < entries.size(); i++) {
			List<byte[]> tampered = new ArrayList<>(entries);
			byte[] entry = tampered.get(i).clone();
			entry[31] ^= 1;
			tampered.set(i, entry);
			assertThat(MerkleTree.root(tampered)).as("entry %d flipped", i).isNotEqualTo(root);
		}
	}

	@Test
	void swappingTwoEntriesChangesTheRoot() {
		List<byte[]> entries = entries(6);
		List<byte[]> swapped = new ArrayList<>(entries);
		swapped.set(2, entries.get(3));
		swapped.set(3, entries.get(2));
		assertThat(MerkleTree.root(swapped)).isNotEqualTo(MerkleTree.root(entries));
	}

	@Test
	void anEntryCannotPassForTheTwoChildrenOfANode() {
		List<byte[]> entries = entries(2);
		byte[] children = new byte[64];
		System.arraycopy(MerkleTree.leafHash(entries.get(0)), 0, children, 0, 32);
		System.arraycopy(MerkleTree.leafHash(entries.get(1)), 0, children, 32, 32);
		assertThat(MerkleTree.root(List.of(children))).isNotEqualTo(MerkleTree.root(entries));
	}

	@Test
	void largeTreesGiveTheSameRootBuiltOrStreamedAndTheirProofsVerify() {
		List<byte[]> entries = entries(100_003);
		MerkleTree tree = MerkleTree.of(entries);
		byte[] root = tree.root();
		assertThat(MerkleTree.root(entries)).isEqualTo(root);
		assertThat(tree.root(65_536)).isEqualTo(MerkleTree.root(entries.subList(0, 65_536)));
		for (int index : new int[] { 0, 1, 65_535, 65_536, 99_999, 100_002 }) {
			assertThat(MerkleProofs.verifyEntryInclusion(entries.get(index), index, 100_003,
					tree.inclusionProof(index, 100_003), root))
				.as("entry %d", index)
				.isTrue();
		}
		assertThat(MerkleProofs.verifyConsistency(70_001, 100_003, tree.root(70_001), root,
				tree.consistencyProof(70_001, 100_003)))
			.isTrue();
	}

	@Test
	void refusesProofsAboutEntriesOrSizesItDoesNotHave() {
		MerkleTree tree = MerkleTree.of(entries(5));
		assertThatIllegalArgumentException().isThrownBy(() -> tree.inclusionProof(5, 5))
			.withMessage("entry 5 is not in a tree of 5 entries (0 to 4)");
		assertThatIllegalArgumentException().isThrownBy(() -> tree.inclusionProof(-1, 5));
		assertThatIllegalArgumentException().isThrownBy(() -> tree.inclusionProof(0, 0));
		assertThatIllegalArgumentException().isThrownBy(() -> tree.inclusionProof(0, 6))
			.withMessage("tree size 6 is not between 0 and 5");
		assertThatIllegalArgumentException().isThrownBy(() -> tree.consistencyProof(4, 3))
			.withMessage("a tree of 4 entries cannot be a prefix of one of 3");
		assertThatIllegalArgumentException().isThrownBy(() -> tree.consistencyProof(-1, 3));
		assertThatIllegalArgumentException().isThrownBy(() -> tree.root(6));
	}

	@Test
	void consistencyWithTheEmptyTreeOrItselfNeedsNoProof() {
		MerkleTree tree = MerkleTree.of(entries(5));
		assertThat(tree.consistencyProof(0, 5)).isEmpty();
		assertThat(tree.consistencyProof(3, 3)).isEmpty();
		assertThat(tree.consistencyProof(0, 0)).isEmpty();
	}

	/** Distinct 32-byte entries, like the event hashes the log holds. */
	static List<byte[]> entries(int count) {
		List<byte[]> entries = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			entries.add(Sha256.digest(Integer.toString(i).getBytes(StandardCharsets.UTF_8)));
		}
		return entries;
	}

	static String hex(byte[] bytes) {
		return HexFormat.of().formatHex(bytes);
	}

	static List<String> hexes(List<byte[]> hashes) {
		return hashes.stream().map(MerkleTreeTest::hex).toList();
	}

}
