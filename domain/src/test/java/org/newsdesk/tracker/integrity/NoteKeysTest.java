package org.newsdesk.tracker.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

class NoteKeysTest {

	@Test
	void readsGosExampleSignerKeyAndDerivesItsPublishedVerifierKey() {
		NoteSigner signer = NoteSigner.parse(GoNoteVectors.SIGNER_KEY);
		assertThat(signer.name()).isEqualTo("PeterNeumann");
		assertThat(HexFormat.of().toHexDigits(signer.keyId())).isEqualTo("c74f20a3");
		assertThat(signer.verifier().verifierKey()).isEqualTo(GoNoteVectors.VERIFIER_KEY);
		assertThat(signer.signerKey()).isEqualTo(GoNoteVectors.SIGNER_KEY);
	}

	@Test
	void anAllZeroSeedGivesTheKeyGosExampleGeneratesForEnochRoot() {
		NoteSigner signer = NoteSigner.fromSeed("EnochRoot", new byte[32]);
		assertThat(signer.verifier().verifierKey()).isEqualTo(GoNoteVectors.ENOCH_VERIFIER_KEY);
	}

	@Test
	void readsAVerifierKeyAndWritesItBackUnchanged() {
		NoteVerifier verifier = NoteVerifier.parse(GoNoteVectors.VERIFIER_KEY);
		assertThat(verifier.name()).isEqualTo("PeterNeumann");
		assertThat(verifier.keyId()).isEqualTo(0xc74f20a3);
		assertThat(verifier.publicKey()).hasSize(32);
		assertThat(verifier.verifierKey()).isEqualTo(GoNoteVectors.VERIFIER_KEY);
		assertThat(verifier).hasToString(GoNoteVectors.VERIFIER_KEY)
			.isEqualTo(NoteVerifier.of("PeterNeumann", verifier.publicKey()));
	}

	@Test
	void theKeyIdIsTheStartOfTheHashOfNameNewlineAlgorithmAndKey() {
		NoteVerifier verifier = NoteVerifier.parse(GoNoteVectors.VERIFIER_KEY);
		byte[] name = "PeterNeumann".getBytes(StandardCharsets.UTF_8);
		byte[] preimage = new byte[name.length + 2 + 32];
		System.arraycopy(name, 0, preimage, 0, name.length);
		preimage[name.length] = 0x0A;
		preimage[name.length + 1] = 0x01;
		System.arraycopy(verifier.publicKey(), 0, preimage, name.length + 2, 32);
		byte[] hash = Sha256.digest(preimage);
		assertThat(HexFormat.of().formatHex(Arrays.copyOf(hash, 4))).isEqualTo("c74f20a3");
		assertThat(NoteVerifier.of("PeterNeumann2", verifier.publicKey()).keyId()).isNotEqualTo(verifier.keyId());
	}

	@Test
	void signsLikeGoByteForByte() {
		NoteSigner signer = NoteSigner.parse(GoNoteVectors.SIGNER_KEY);
		assertThat(SignedNote.sign(GoNoteVectors.TEXT, signer)).isEqualTo(GoNoteVectors.NOTE);
		NoteSigner enoch = NoteSigner.fromSeed("EnochRoot", new byte[32]);
		String enochLine = SignedNote.sign(GoNoteVectors.TEXT, enoch).substring(GoNoteVectors.TEXT.length() + 1);
		assertThat(GoNoteVectors.NOTE + enochLine).isEqualTo(GoNoteVectors.COSIGNED_NOTE);
	}

	@Test
	void opensGosExampleNoteWithEitherOfItsKeys() {
		NoteVerifier peter = NoteVerifier.parse(GoNoteVectors.VERIFIER_KEY);
		NoteVerifier enoch = NoteVerifier.parse(GoNoteVectors.ENOCH_VERIFIER_KEY);
		assertThat(SignedNote.open(GoNoteVectors.NOTE, peter)).isEqualTo(GoNoteVectors.TEXT);
		assertThat(SignedNote.open(GoNoteVectors.COSIGNED_NOTE, peter)).isEqualTo(GoNoteVectors.TEXT);
		assertThat(SignedNote.open(GoNoteVectors.COSIGNED_NOTE, enoch)).isEqualTo(GoNoteVectors.TEXT);
	}

	@Test
	void aChangedTextNoLongerOpens() {
		String changed = GoNoteVectors.NOTE.replace("cryptography", "cryptographY");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SignedNote.open(changed, NoteVerifier.parse(GoNoteVectors.VERIFIER_KEY)))
			.withMessage("the signature by PeterNeumann+c74f20a3 does not verify");
	}

	@Test
	void aNoteSignedByOtherKeysOnlyDoesNotOpen() {
		NoteVerifier stranger = NoteSigner.generate("PeterNeumann").verifier();
		assertThatIllegalArgumentException().isThrownBy(() -> SignedNote.open(GoNoteVectors.NOTE, stranger))
			.withMessageStartingWith("the note carries no signature by PeterNeumann+");
		byte[] peterKey = NoteVerifier.parse(GoNoteVectors.VERIFIER_KEY).publicKey();
		NoteVerifier renamed = NoteVerifier.of("PaulNeumann", peterKey);
		assertThatIllegalArgumentException().isThrownBy(() -> SignedNote.open(GoNoteVectors.NOTE, renamed))
			.withMessageStartingWith("the note carries no signature by PaulNeumann+");
	}

	@Test
	void aSignatureCountsOnlyUnderBothTheKeyNameAndTheKeyId() {
		String otherName = GoNoteVectors.NOTE.replace("\u2014 PeterNeumann ", "\u2014 PaulNeumann ");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SignedNote.open(otherName, NoteVerifier.parse(GoNoteVectors.VERIFIER_KEY)))
			.withMessage("the note carries no signature by PeterNeumann+c74f20a3");
	}

	@Test
	void aSignatureUnderTheRightNameAndKeyIdButAnotherKeyIsRejected() {
		NoteSigner forger = NoteSigner.generate("PeterNeumann");
		byte[] forged = forger.sign(GoNoteVectors.TEXT.getBytes(StandardCharsets.UTF_8));
		byte[] line = new byte[68];
		line[0] = (byte) 0xc7;
		line[1] = 0x4f;
		line[2] = 0x20;
		line[3] = (byte) 0xa3;
		System.arraycopy(forged, 0, line, 4, 64);
		String note = GoNoteVectors.TEXT + "\n\u2014 PeterNeumann " + Base64.getEncoder().encodeToString(line) + "\n";
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SignedNote.open(note, NoteVerifier.parse(GoNoteVectors.VERIFIER_KEY)))
			.withMessage("the signature by PeterNeumann+c74f20a3 does not verify");
	}

	@Test
	void malformedNotesAreRefusedWithTheReason() {
		NoteVerifier verifier = NoteVerifier.parse(GoNoteVectors.VERIFIER_KEY);
		String withoutBlankLine = GoNoteVectors.TEXT + GoNoteVectors.SIGNATURE_LINE;
		assertThatIllegalArgumentException().isThrownBy(() -> SignedNote.open(withoutBlankLine, verifier))
			.withMessage("the note has no blank line before its signatures");
		String hyphen = GoNoteVectors.NOTE.replace("\u2014", "-");
		assertThatIllegalArgumentException().isThrownBy(() -> SignedNote.open(hyphen, verifier))
			.withMessageStartingWith("a signature line starts with an em dash and a space");
		String unterminated = GoNoteVectors.NOTE.strip();
		assertThatIllegalArgumentException().isThrownBy(() -> SignedNote.open(unterminated, verifier))
			.withMessage("the note's signature lines must end with a newline");
		String carriageReturn = GoNoteVectors.NOTE.replace("problem,", "problem,\r");
		assertThatIllegalArgumentException().isThrownBy(() -> SignedNote.open(carriageReturn, verifier))
			.withMessage("the note holds the control character U+000D");
		String unpadded = GoNoteVectors.NOTE.replace("JnAM=", "JnAM");
		assertThatIllegalArgumentException().isThrownBy(() -> SignedNote.open(unpadded, verifier))
			.withMessageContaining("is not in canonical base64");
		String notBase64 = GoNoteVectors.NOTE.replace("x08go", "x08g*");
		assertThatIllegalArgumentException().isThrownBy(() -> SignedNote.open(notBase64, verifier))
			.withMessageContaining("is not base64");
		String tooShort = GoNoteVectors.TEXT + "\n\u2014 PeterNeumann AAAA\n";
		assertThatIllegalArgumentException().isThrownBy(() -> SignedNote.open(tooShort, verifier))
			.withMessage("the signature of PeterNeumann is too short");
		String crowded = GoNoteVectors.TEXT + "\n" + GoNoteVectors.SIGNATURE_LINE.repeat(101);
		assertThatIllegalArgumentException().isThrownBy(() -> SignedNote.open(crowded, verifier))
			.withMessage("the note has more than 100 signatures");
	}

	@Test
	void onlyTextsEndingInANewlineCanBeSigned() {
		NoteSigner signer = NoteSigner.generate("example.com/log");
		assertThatIllegalArgumentException().isThrownBy(() -> SignedNote.sign("no newline", signer))
			.withMessage("the note text must end with a newline");
		assertThatIllegalArgumentException().isThrownBy(() -> SignedNote.sign("tab\there\n", signer))
			.withMessage("the note text holds the control character U+0009");
	}

	@Test
	void aGeneratedKeySurvivesItsTextualForms() {
		NoteSigner signer = NoteSigner.generate("newsdesk.example/tracker");
		NoteSigner reread = NoteSigner.parse(signer.signerKey());
		assertThat(reread.verifier()).isEqualTo(signer.verifier());
		NoteVerifier verifier = NoteVerifier.parse(signer.verifier().verifierKey());
		byte[] message = "a message\n".getBytes(StandardCharsets.UTF_8);
		assertThat(verifier.verify(message, reread.sign(message))).isTrue();
		assertThat(verifier.verify(message, signer.sign(message))).isTrue();
		assertThat(signer.sign(message)).isEqualTo(reread.sign(message));
	}

	@Test
	void twoGeneratedKeysDiffer() {
		assertThat(NoteSigner.generate("a").verifier().publicKey())
			.isNotEqualTo(NoteSigner.generate("a").verifier().publicKey());
	}

	@Test
	void aSignerNeverShowsItsSeedWhenPrinted() {
		NoteSigner signer = NoteSigner.parse(GoNoteVectors.SIGNER_KEY);
		assertThat(signer).hasToString("NoteSigner[PeterNeumann+c74f20a3]");
	}

	@Test
	void verifyingRejectsBadSignaturesWithoutThrowing() {
		NoteSigner signer = NoteSigner.parse(GoNoteVectors.SIGNER_KEY);
		byte[] message = GoNoteVectors.TEXT.getBytes(StandardCharsets.UTF_8);
		byte[] signature = signer.sign(message);
		NoteVerifier verifier = signer.verifier();
		assertThat(verifier.verify(message, signature)).isTrue();
		signature[10] ^= 1;
		assertThat(verifier.verify(message, signature)).isFalse();
		assertThat(verifier.verify(message, new byte[64])).isFalse();
		assertThat(verifier.verify(message, new byte[63])).isFalse();
		assertThat(verifier.verify(message, null)).isFalse();
	}

	@Test
	void malformedVerifierKeysAreRefusedWithTheReason() {
		String key = GoNoteVectors.VERIFIER_KEY;
		assertThatIllegalArgumentException().isThrownBy(() -> NoteVerifier.parse("PeterNeumann"))
			.withMessage("a verifier key reads <name>+<key ID>+<key>, not 'PeterNeumann'");
		assertThatIllegalArgumentException().isThrownBy(() -> NoteVerifier.parse(key.replace("c74f20a3", "c74f20a4")))
			.withMessage("the key ID c74f20a4 does not match the name and key, which give c74f20a3");
		assertThatIllegalArgumentException().isThrownBy(() -> NoteVerifier.parse(key.replace("Peter", "Paul")))
			.withMessageStartingWith("the key ID c74f20a3 does not match the name and key");
		assertThatIllegalArgumentException().isThrownBy(() -> NoteVerifier.parse(key.replace("c74f20a3", "c74f20a")))
			.withMessage("a key ID is 8 hexadecimal digits, not 'c74f20a'");
		assertThatIllegalArgumentException().isThrownBy(() -> NoteVerifier.parse(key.replace("+ARpc", "+AhpC")))
			.withMessage("only Ed25519 verifier keys (algorithm 1) are supported");
		assertThatIllegalArgumentException().isThrownBy(() -> NoteVerifier.parse("+c74f20a3+" + "A".repeat(44)))
			.withMessage("a key name must not be empty");
		assertThatIllegalArgumentException().isThrownBy(() -> NoteVerifier.parse("Peter " + key))
			.withMessageStartingWith("a key name holds no spaces, pluses or control characters");
		assertThatIllegalArgumentException().isThrownBy(() -> NoteVerifier.of("PeterNeumann", new byte[31]))
			.withMessage("an Ed25519 public key has 32 bytes, not 31");
		byte[] notOnTheCurve = new byte[32];
		notOnTheCurve[0] = 2;
		assertThatIllegalArgumentException().isThrownBy(() -> NoteVerifier.of("PeterNeumann", notOnTheCurve))
			.withMessage("not a valid Ed25519 public key");
		byte[] tooLarge = new byte[32];
		Arrays.fill(tooLarge, (byte) 0xff);
		assertThatIllegalArgumentException().isThrownBy(() -> NoteVerifier.of("PeterNeumann", tooLarge))
			.withMessage("not a valid Ed25519 public key");
	}

	@Test
	void malformedSignerKeysAreRefusedWithoutRepeatingTheKey() {
		String wrongId = GoNoteVectors.SIGNER_KEY.replace("c74f20a3", "00000000");
		assertThatIllegalArgumentException().isThrownBy(() -> NoteSigner.parse(wrongId))
			.withMessage("the key ID 00000000 does not match the name and key, which give c74f20a3");
		assertThatIllegalArgumentException().isThrownBy(() -> NoteSigner.parse(GoNoteVectors.VERIFIER_KEY))
			.withMessage("a signer key starts with PRIVATE+KEY+");
		String truncated = GoNoteVectors.SIGNER_KEY.substring(0, GoNoteVectors.SIGNER_KEY.length() - 1);
		assertThatIllegalArgumentException().isThrownBy(() -> NoteSigner.parse(truncated))
			.withMessage("the key of a signer key is not in canonical base64");
		assertThatIllegalArgumentException().isThrownBy(() -> NoteSigner.fromSeed("x", new byte[16]))
			.withMessage("an Ed25519 seed has 32 bytes, not 16");
	}

}
