package org.newsdesk.tracker.application.integrity;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.tracker.integrity.EventHash;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThat;

class LastHashesTest {

	private final LastHashes hashes = new LastHashes();

	private static EventHash hash(String text) {
		return EventHash.compute(EventHash.NONE, "claim-1", 0, "type", text.getBytes(StandardCharsets.UTF_8),
				java.time.Instant.parse("2021-07-18T00:00:00Z"), "editor");
	}

	/** Ends a transaction as Spring's transaction manager does. */
	private static void complete(boolean committed) {
		for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
			if (committed) {
				synchronization.afterCommit();
			}
			synchronization.afterCompletion(committed ? TransactionSynchronization.STATUS_COMMITTED
					: TransactionSynchronization.STATUS_ROLLED_BACK);
		}
		TransactionSynchronizationManager.clearSynchronization();
	}

	/** One transaction that notes a hash and then commits or rolls back. */
	private void transaction(long sequence, String content, boolean commits) {
		TransactionSynchronizationManager.initSynchronization();
		this.hashes.onCommit("claim-1", sequence, hash(content));
		complete(commits);
	}

	@AfterEach
	void noTransactionLeftOpen() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.clearSynchronization();
		}
	}

	@Test
	void knowsAHashOnlyOnceItsTransactionCommitted() throws InterruptedException {
		TransactionSynchronizationManager.initSynchronization();
		this.hashes.onCommit("claim-1", 3, hash("a"));
		this.hashes.onCommit("claim-1", 4, hash("b"));
		assertThat(this.hashes.at("claim-1", 4)).as("in its own transaction").isEqualTo(hash("b"));
		AtomicReference<EventHash> elsewhere = new AtomicReference<>(hash("not asked"));
		Thread other = new Thread(() -> elsewhere.set(this.hashes.at("claim-1", 4)));
		other.start();
		other.join();
		assertThat(elsewhere.get()).as("elsewhere, before the commit").isNull();
		complete(true);
		assertThat(this.hashes.at("claim-1", 4)).isEqualTo(hash("b"));
		assertThat(this.hashes.at("claim-1", 3)).as("only the latest is kept").isNull();
		assertThat(this.hashes.at("claim-1", 5)).isNull();
		assertThat(TransactionSynchronizationManager.getResourceMap()).isEmpty();
	}

	@Test
	void aRolledBackAppendLeavesNothingBehind() {
		transaction(4, "committed", true);
		transaction(5, "rolled back", false);
		assertThat(this.hashes.at("claim-1", 5)).isNull();
		assertThat(this.hashes.at("claim-1", 4)).isEqualTo(hash("committed"));
		assertThat(TransactionSynchronizationManager.getResourceMap()).isEmpty();
	}

	@Test
	void anOlderCommitDoesNotHideANewerOne() {
		transaction(7, "newer", true);
		transaction(6, "older, committed later", true);
		assertThat(this.hashes.at("claim-1", 7)).isEqualTo(hash("newer"));
	}

	@Test
	void keepsNothingOutsideATransaction() {
		this.hashes.onCommit("claim-1", 1, hash("a"));
		assertThat(this.hashes.at("claim-1", 1)).isNull();
	}

}
