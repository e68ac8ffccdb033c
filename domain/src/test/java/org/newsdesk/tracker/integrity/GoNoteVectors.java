package org.newsdesk.tracker.integrity;

/**
 * The example key pair and signed note of Go's signed note package,
 * {@code golang.org/x/mod/sumdb/note} (its package documentation and
 * {@code note_test.go}), the reference the C2SP signed-note specification grew from.
 * Matching it byte for byte means Go tools accept what this package writes.
 */
final class GoNoteVectors {

	static final String SIGNER_KEY = "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz";

	static final String VERIFIER_KEY = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";

	static final String TEXT = "If you think cryptography is the answer to your problem,\n"
			+ "then you don't know what your problem is.\n";

	static final String SIGNATURE_LINE = "\u2014 PeterNeumann "
			+ "x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n";

	static final String NOTE = TEXT + "\n" + SIGNATURE_LINE;

	/**
	 * The key Go's example generates for {@code EnochRoot} from a random source of zeros,
	 * so its seed is 32 zero bytes; {@code note_test.go} lists it.
	 */
	static final String ENOCH_VERIFIER_KEY = "EnochRoot+af0cfe78+ATtqJ7zOtqQtYqOo0CpvDXNlMhV3HeJDpjrASKGLWdop";

	/**
	 * The note once Go's example has had {@code EnochRoot} sign it too.
	 */
	static final String COSIGNED_NOTE = NOTE + "\u2014 EnochRoot "
			+ "rwz+eBzmZa0SO3NbfRGzPCpDckykFXSdeX+MNtCOXm2/5n2tiOHp+vAF1aGrQ5ovTG01oOTGwnWLox33WWd1RvMc+QQ=\n";

	private GoNoteVectors() {
	}

}
