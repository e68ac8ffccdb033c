package org.newsdesk.tracker.application.integrity;

import java.util.HashMap;
import java.util.Map;

import org.newsdesk.tracker.application.store.BoundedMemory;
import org.newsdesk.tracker.integrity.EventHash;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The chained hash of each aggregate's latest event as this node last saw it committed:
 * appended by this node, or read when the aggregate was loaded. The next append to the
 * aggregate chains to it without reading it back from the store: one statement fewer for
 * every development.
 * <p>
 * A hash is known to other transactions only once the transaction that wrote or read it
 * has committed (to its own at once), and it answers only for the sequence number it was
 * seen at. An append that rolled back leaves nothing behind, and after another node's
 * append the sequence asked for is not the one known, so the store is read as before; a
 * stored event's hash never changes, so what is known stays true.
 */
final class LastHashes {

	/** How many aggregates are remembered at most. */
	static final int REMEMBERED = 50_000;

	private final BoundedMemory<String, Seen> seen = new BoundedMemory<>(REMEMBERED);

	private final Object transactionKey = new Object();

	private record Seen(long sequence, EventHash hash) {
	}

	/**
	 * The hash of the aggregate's event at this sequence number, if known: committed, or
	 * noted in the current transaction. A command that loads its aggregate from the store
	 * reads the latest event's hash with it, in the transaction that appends next; that
	 * hash is what the store holds, so the append chains to it without asking again.
	 */
	EventHash at(String aggregate, long sequence) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			@SuppressWarnings("unchecked")
			Map<String, Seen> pending = (Map<String, Seen>) TransactionSynchronizationManager
				.getResource(this.transactionKey);
			Seen noted = (pending != null) ? pending.get(aggregate) : null;
			if (noted != null && noted.sequence() == sequence) {
				return noted.hash();
			}
		}
		Seen known = this.seen.get(aggregate);
		return (known != null && known.sequence() == sequence) ? known.hash() : null;
	}

	/**
	 * Notes the hash of an aggregate's event, to be known once the current transaction
	 * commits; outside a transaction Spring knows of, nothing is kept.
	 */
	void onCommit(String aggregate, long sequence, EventHash hash) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return;
		}
		@SuppressWarnings("unchecked")
		Map<String, Seen> pending = (Map<String, Seen>) TransactionSynchronizationManager
			.getResource(this.transactionKey);
		if (pending == null) {
			Map<String, Seen> fresh = new HashMap<>();
			TransactionSynchronizationManager.bindResource(this.transactionKey, fresh);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					keep(fresh);
				}

				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(LastHashes.this.transactionKey);
				}
			});
			pending = fresh;
		}
		Seen earlier = pending.get(aggregate);
		if (earlier == null || earlier.sequence() < sequence) {
			pending.put(aggregate, new Seen(sequence, hash));
		}
	}

	private void keep(Map<String, Seen> committed) {
		committed.forEach((aggregate, latest) -> this.seen.merge(aggregate, latest,
				(known, fresh) -> (fresh.sequence() >= known.sequence()) ? fresh : known));
	}

}
