package org.newsdesk.tracker.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;

class CheckpointTest {

	private static final String ORIGIN = "newsdesk.example/tracker";

	private static final NoteSigner LOG_KEY = NoteSigner.fromSeed(ORIGIN, Sha256.digest(new byte[] { 1 }));

	private static final List<byte[]> ENTRIES = MerkleTreeTest.entries(8);

	private static final byte[] ROOT = MerkleTree.root(ENTRIES);

	@Test
	void aSignedCheckpointReadsBackAndVerifies() {
		String signed = Checkpoint.sign(ORIGIN, 8, ROOT, LOG_KEY);
		Checkpoint expected = new Checkpoint(ORIGIN, 8, ROOT);
		assertThat(Checkpoint.parse(signed)).isEqualTo(expected);
		assertThat(Checkpoint.verify(signed, LOG_KEY.verifier())).isEqualTo(expected);
		assertThat(Checkpoint.verify(signed, NoteVerifier.parse(LOG_KEY.verifier().verifierKey())).root())
			.isEqualTo(ROOT);
	}

	@Test
	void theSignedTextIsOriginSizeAndBase64RootThenTheSignatureLine() {
		String signed = new Checkpoint(ORIGIN, 8, ROOT).sign(LOG_KEY);
		String body = ORIGIN + "\n8\n" + Base64.getEncoder().encodeToString(ROOT) + "\n";
		assertThat(signed).startsWith(body + "\n\u2014 " + ORIGIN + " ").endsWith("\n");
		assertThat(signed.lines()).hasSize(5);
		String signatureLine = signed.lines().toList().get(4);
		byte[] signature = Base64.getDecoder().decode(signatureLine.substring(2 + ORIGIN.length() + 1));
		assertThat(signature).hasSize(4 + 64);
		assertThat(ByteBuffer.wrap(signature).getInt()).isEqualTo(LOG_KEY.keyId());
	}

	@Test
	void aChangedTreeSizeIsCaught() {
		String signed = Checkpoint.sign(ORIGIN, 8, ROOT, LOG_KEY);
		String changed = signed.replace("\n8\n", "\n9\n");
		assertThat(Checkpoint.parse(changed).size()).isEqualTo(9);
		assertThatIllegalArgumentException().isThrownBy(() -> Checkpoint.verify(changed, LOG_KEY.verifier()))
			.withMessageContaining("does not verify");
	}

	@Test
	void aChangedRootIsCaught() {
		String signed = Checkpoint.sign(ORIGIN, 8, ROOT, LOG_KEY);
		byte[] otherRoot = MerkleTree.root(ENTRIES.subList(0, 7));
		String changed = signed.replace(Base64.getEncoder().encodeToString(ROOT),
				Base64.getEncoder().encodeToString(otherRoot));
		assertThat(Checkpoint.parse(changed).root()).isEqualTo(otherRoot);
		assertThatIllegalArgumentException().isThrownBy(() -> Checkpoint.verify(changed, LOG_KEY.verifier()))
			.withMessageContaining("does not verify");
	}

	@Test
	void aForgedSignatureIsCaught() {
		String signed = Checkpoint.sign(ORIGIN, 8, ROOT, LOG_KEY);
		int lastLine = signed.lastIndexOf(' ') + 1;
		byte[] signature = Base64.getDecoder().decode(signed.substring(lastLine).strip());
		signature[20] ^= 1;
		String forged = signed.substring(0, lastLine) + Base64.getEncoder().encodeToString(signature) + "\n";
		assertThatIllegalArgumentException().isThrownBy(() -> Checkpoint.verify(forged, LOG_KEY.verifier()))
			.withMessage("the signature by " + ORIGIN + "+" + hexId(LOG_KEY) + " does not verify");
	}

	@Test
	void aCheckpointSignedByAnotherKeyIsRefused() {
		NoteSigner impostor = NoteSigner.generate(ORIGIN);
		String signed = Checkpoint.sign(ORIGIN, 8, ROOT, impostor);
		assertThatIllegalArgumentException().isThrownBy(() -> Checkpoint.verify(signed, LOG_KEY.verifier()))
			.withMessage("the note carries no signature by " + ORIGIN + "+" + hexId(LOG_KEY));
	}

	@Test
	void theSameKeyUnderAnotherNameIsAnotherKey() {
		NoteSigner renamed = NoteSigner.fromSeed("elsewhere.example/log", Sha256.digest(new byte[] { 1 }));
		String signed = Checkpoint.sign(ORIGIN, 8, ROOT, renamed);
		assertThatIllegalArgumentException().isThrownBy(() -> Checkpoint.verify(signed, LOG_KEY.verifier()))
			.withMessageStartingWith("the note carries no signature by " + ORIGIN);
	}

	@Test
	void signaturesOfWitnessesAreIgnored() {
		String signed = Checkpoint.sign(ORIGIN, 8, ROOT, LOG_KEY);
		NoteSigner witness = NoteSigner.generate("witness.example");
		String witnessLine = new Checkpoint(ORIGIN, 8, ROOT).sign(witness).substring(signed.indexOf("\n\n") + 2);
		String cosigned = signed + witnessLine;
		assertThat(Checkpoint.verify(cosigned, LOG_KEY.verifier()).size()).isEqualTo(8);
		assertThat(Checkpoint.verify(cosigned, witness.verifier()).size()).isEqualTo(8);
	}

	@Test
	void theEmptyLogHasACheckpointToo() {
		String signed = Checkpoint.sign(ORIGIN, 0, MerkleTree.emptyRoot(), LOG_KEY);
		assertThat(signed).startsWith(ORIGIN + "\n0\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n\n");
		assertThat(Checkpoint.verify(signed, LOG_KEY.verifier()).size()).isZero();
	}

	@Test
	void malformedBodiesAreRefusedWithTheReason() {
		String root = Base64.getEncoder().encodeToString(ROOT);
		assertThatIllegalArgumentException().isThrownBy(() -> Checkpoint.parseBody(ORIGIN + "\n8\n"))
			.withMessage("a checkpoint body has three lines (origin, tree size, root hash), not 2");
		assertThatIllegalArgumentException().isThrownBy(() -> Checkpoint.parseBody(ORIGIN + "\n8\n" + root))
			.withMessage("the checkpoint body must end with a newline");
		assertThatIllegalArgumentException().isThrownBy(() -> Checkpoint.parseBody(ORIGIN + "\n08\n" + root + "\n"))
			.withMessage("the tree size is a decimal number without leading zeros, not '08'");
		assertThatIllegalArgumentException().isThrownBy(() -> Checkpoint.parseBody(ORIGIN + "\n-8\n" + root + "\n"))
			.withMessage("the tree size is a decimal number without leading zeros, not '-8'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Checkpoint.parseBody(ORIGIN + "\n18446744073709551615\n" + root + "\n"))
			.withMessage("the tree size 18446744073709551615 is too large");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Checkpoint.parseBody(ORIGIN + "\n8\n" + root.substring(4) + "\n"))
			.withMessage("the root hash has 32 bytes, not 29");
		assertThatIllegalArgumentException().isThrownBy(() -> Checkpoint.parseBody(ORIGIN + "\n8\nnot base64!\n"))
			.withMessage("the root hash is not base64: 'not base64!'");
		assertThatIllegalArgumentException().isThrownBy(() -> Checkpoint.parseBody("\n8\n" + root + "\n"))
			.withMessage("the origin must be one non-empty line");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Checkpoint.parseBody(ORIGIN + "\n8\n" + root + "\nextension\n"))
			.withMessage("the checkpoint has extension lines, which this log never signs");
		assertThatIllegalArgumentException().isThrownBy(() -> Checkpoint.parse(ORIGIN + "\n8\n" + root + "\n"))
			.withMessage("the checkpoint has no blank line before its signatures");
	}

	@Test
	void checkpointsAreValuesThatKeepTheirRootToThemselves() {
		byte[] root = ROOT.clone();
		Checkpoint checkpoint = new Checkpoint(ORIGIN, 8, root);
		root[0] ^= 1;
		checkpoint.root()[0] ^= 1;
		assertThat(checkpoint.root()).isEqualTo(ROOT);
		assertThat(checkpoint).isEqualTo(new Checkpoint(ORIGIN, 8, ROOT))
			.hasSameHashCodeAs(new Checkpoint(ORIGIN, 8, ROOT))
			.isNotEqualTo(new Checkpoint(ORIGIN, 7, ROOT));
		assertThatIllegalArgumentException().isThrownBy(() -> new Checkpoint(ORIGIN, -1, ROOT))
			.withMessage("the tree size must not be negative, was -1");
	}

	@Test
	void aVerifiedCheckpointAndAProofTogetherShowAnEntryIsLogged() {
		MerkleTree tree = MerkleTree.of(ENTRIES);
		String signed = Checkpoint.sign(ORIGIN, tree.size(), tree.root(), LOG_KEY);
		Checkpoint checkpoint = Checkpoint.verify(signed, LOG_KEY.verifier());
		assertThat(MerkleProofs.verifyEntryInclusion(ENTRIES.get(5), 5, checkpoint.size(), tree.inclusionProof(5, 8),
				checkpoint.root()))
			.isTrue();
	}

	private static String hexId(NoteSigner signer) {
		return HexFormat.of().toHexDigits(signer.keyId());
	}

}
