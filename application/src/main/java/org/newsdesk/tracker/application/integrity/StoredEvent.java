package org.newsdesk.tracker.application.integrity;

/**
 * One row of the event table, as stored: what the hash chain and the checkpoints commit
 * to.
 *
 * @param timeStamp the recorded moment exactly as the store keeps it
 * @param metaData the serialized metadata, where the chain's hash is kept
 */
public record StoredEvent(long globalIndex, String aggregateIdentifier, long sequenceNumber, String payloadType,
		String timeStamp, byte[] payload, byte[] metaData) {

}
