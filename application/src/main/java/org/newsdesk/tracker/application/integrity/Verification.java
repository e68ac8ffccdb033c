package org.newsdesk.tracker.application.integrity;

import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.newsdesk.tracker.integrity.MerkleTree;

import org.springframework.stereotype.Component;

/** Verification of the whole store, and the proofs an auditor asks for. */
@Component
public class Verification {

	private final StoredEvents events;

	private final Checkpoints checkpoints;

	private final CheckpointKeys keys;

	private final Timer timer;

	Verification(StoredEvents events, Checkpoints checkpoints, CheckpointKeys keys, MeterRegistry meters) {
		this.events = events;
		this.checkpoints = checkpoints;
		this.keys = keys;
		this.timer = Timer.builder("tracker.integrity.verification")
			.description("time to verify every stream and checkpoint")
			.register(meters);
	}

	public VerificationReport verify() {
		return this.timer.record(() -> {
			ChainVerifier verifier = new ChainVerifier();
			// Rows are read and decoded on this thread while another checks them.
			try (Pipelined<StoredEvent> checked = new Pipelined<>("verification", verifier::accept)) {
				this.events.byStream(checked);
				checked.finish();
			}
			return verifier.finish(this.checkpoints.all(), this.keys.verifier().orElse(null));
		});
	}

	/**
	 * The tree of a sealed checkpoint, rebuilt from the recorded hashes of the events it
	 * covers.
	 */
	MerkleTree treeOf(ChainVerifier.SealedCheckpoint checkpoint) {
		List<byte[]> hashes = this.events.hashesUpTo(checkpoint.lastGlobalIndex());
		return MerkleTree.of(hashes.subList(0, (int) Math.min(hashes.size(), checkpoint.size())));
	}

}
