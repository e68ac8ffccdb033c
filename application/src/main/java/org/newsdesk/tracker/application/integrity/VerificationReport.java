package org.newsdesk.tracker.application.integrity;

import java.util.List;

/**
 * What a verification found: how much it checked and, for anything wrong, where.
 *
 * @param eventsChecked every stored event read
 * @param checkpointsVerified signed checkpoints whose signature and Merkle root held
 * @param failures the first problem of each broken stream and each failed checkpoint, in
 * the order found; at most {@link ChainVerifier#MAX_FAILURES}
 */
public record VerificationReport(boolean valid, long eventsChecked, int checkpointsVerified, List<Failure> failures) {

	/**
	 * @param aggregateIdentifier the stream, or null for a checkpoint's own problem
	 * @param sequenceNumber the event's place in its stream, or null
	 * @param globalIndex the event's place in the whole store, or the checkpoint's last
	 * position
	 */
	public record Failure(String aggregateIdentifier, Long sequenceNumber, Long globalIndex, String problem) {

	}

}
