package org.newsdesk.tracker.application.integrity;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.newsdesk.tracker.application.store.FlatJson;
import org.newsdesk.tracker.integrity.Checkpoint;
import org.newsdesk.tracker.integrity.EventHash;
import org.newsdesk.tracker.integrity.MerkleTree;
import org.newsdesk.tracker.integrity.NoteVerifier;

/**
 * Re-checks the record from its stored bytes alone, the same way in the running tracker
 * and offline from an export: every stream must run 0, 1, 2… without a gap, every event's
 * recomputed hash must equal the one recorded when it was appended, and every signed
 * checkpoint must carry a valid signature over the Merkle root of the recomputed hashes
 * in the order the store gave the events.
 * <p>
 * Events are fed stream by stream, in sequence order; the hashes are remembered by global
 * position for the checkpoints.
 */
public final class ChainVerifier {

	public static final int MAX_FAILURES = 100;

	private static final ObjectMapper JSON = new ObjectMapper();

	private final List<VerificationReport.Failure> failures = new ArrayList<>();

	private long[] positions = new long[1024];

	private byte[][] hashes = new byte[1024][];

	private int count;

	private String aggregate;

	private long expected;

	private EventHash previous = EventHash.NONE;

	private boolean broken;

	/** Checks the next event; events come stream by stream, each in sequence order. */
	public void accept(StoredEvent event) {
		if (!event.aggregateIdentifier().equals(this.aggregate)) {
			this.aggregate = event.aggregateIdentifier();
			this.expected = 0;
			this.previous = EventHash.NONE;
			this.broken = false;
		}
		Meta meta = Meta.of(event.metaData());
		EventHash computed = hash(this.previous, event, meta.recordedBy());
		remember(event.globalIndex(), computed);
		if (!this.broken) {
			String problem = problem(event, computed, meta.hash());
			if (problem != null) {
				fail(event.aggregateIdentifier(), this.expected, event.globalIndex(), problem);
				this.broken = true;
			}
		}
		this.previous = computed;
		this.expected = event.sequenceNumber() + 1;
	}

	private String problem(StoredEvent event, EventHash computed, String recorded) {
		if (event.sequenceNumber() > this.expected) {
			return "event " + this.expected + " of this stream is missing: the stream goes from " + (this.expected - 1)
					+ " to " + event.sequenceNumber();
		}
		if (event.sequenceNumber() < this.expected) {
			return "event " + event.sequenceNumber() + " of this stream is stored twice";
		}
		if (recorded == null) {
			return "the event carries no hash";
		}
		if (!recorded.equals(computed.hex())) {
			return "the stored event does not match the hash recorded when it was appended: its payload, type, "
					+ "time, author or place in the stream was changed, or an earlier event of the stream was";
		}
		return null;
	}

	/** The event's hash recomputed from its stored bytes, chained to {@code previous}. */
	static EventHash hash(EventHash previous, StoredEvent event) {
		return hash(previous, event, Meta.of(event.metaData()).recordedBy());
	}

	private static EventHash hash(EventHash previous, StoredEvent event, String recordedBy) {
		return EventHash.compute(previous, event.aggregateIdentifier(), event.sequenceNumber(), event.payloadType(),
				event.payload(), EventHash.recordedAtText(event.timeStamp()), recordedBy);
	}

	static String metaText(byte[] metaData, String field) {
		Meta meta = Meta.of(metaData);
		return StoredEvents.HASH.equals(field) ? meta.hash() : meta.recordedBy();
	}

	/**
	 * The two metadata fields the chain needs, read in one pass over the stored JSON;
	 * metadata that is not a JSON object has neither.
	 */
	private record Meta(String recordedBy, String hash) {

		private static final byte[] RECORDED_BY_KEY = StoredEvents.RECORDED_BY
			.getBytes(java.nio.charset.StandardCharsets.UTF_8);

		private static final byte[] HASH_KEY = StoredEvents.HASH.getBytes(java.nio.charset.StandardCharsets.UTF_8);

		static Meta of(byte[] metaData) {
			if (metaData == null) {
				return new Meta(null, null);
			}
			Meta flat = flat(metaData);
			return (flat != null) ? flat : parsed(metaData);
		}

		/**
		 * The common case read without a JSON parser: one object of plain string values,
		 * as the tracker writes metadata. Anything else answers null, and the full parser
		 * reads it.
		 */
		private static Meta flat(byte[] json) {
			String[] found = new String[2];
			boolean flat = FlatJson.scan(json, (bytes, keyStart, keyEnd, valueStart, valueEnd) -> {
				if (FlatJson.same(bytes, keyStart, keyEnd, RECORDED_BY_KEY)) {
					found[0] = FlatJson.text(bytes, valueStart, valueEnd);
				}
				else if (FlatJson.same(bytes, keyStart, keyEnd, HASH_KEY)) {
					found[1] = FlatJson.text(bytes, valueStart, valueEnd);
				}
			});
			return flat ? new Meta(found[0], found[1]) : null;
		}

		private static Meta parsed(byte[] metaData) {
			String recordedBy = null;
			String hash = null;
			try (JsonParser parser = JSON.getFactory().createParser(metaData)) {
				if (parser.nextToken() != JsonToken.START_OBJECT) {
					return new Meta(null, null);
				}
				while (parser.nextToken() == JsonToken.FIELD_NAME) {
					String name = parser.currentName();
					JsonToken value = parser.nextToken();
					if (StoredEvents.RECORDED_BY.equals(name) && value == JsonToken.VALUE_STRING) {
						recordedBy = parser.getText();
					}
					else if (StoredEvents.HASH.equals(name) && value == JsonToken.VALUE_STRING) {
						hash = parser.getText();
					}
					else {
						parser.skipChildren();
					}
				}
			}
			catch (IOException ex) {
				return new Meta(null, null);
			}
			return new Meta(recordedBy, hash);
		}

	}

	private void remember(long position, EventHash hash) {
		if (this.count == this.positions.length) {
			this.positions = Arrays.copyOf(this.positions, this.count * 2);
			this.hashes = Arrays.copyOf(this.hashes, this.count * 2);
		}
		this.positions[this.count] = position;
		this.hashes[this.count] = hash.bytes();
		this.count++;
	}

	private void fail(String aggregateIdentifier, Long sequenceNumber, Long globalIndex, String problem) {
		if (this.failures.size() < MAX_FAILURES) {
			this.failures
				.add(new VerificationReport.Failure(aggregateIdentifier, sequenceNumber, globalIndex, problem));
		}
	}

	/**
	 * Checks each signed checkpoint against the events read, and reports.
	 * @param checkpoints signed checkpoint notes, each with the global position of the
	 * last event it covers
	 * @param verifier the tracker's public key, or null when none is configured
	 */
	public VerificationReport finish(List<SealedCheckpoint> checkpoints, NoteVerifier verifier) {
		Integer[] order = new Integer[this.count];
		for (int i = 0; i < this.count; i++) {
			order[i] = i;
		}
		Arrays.sort(order, (a, b) -> Long.compare(this.positions[a], this.positions[b]));
		List<byte[]> leaves = new ArrayList<>(this.count);
		long[] sortedPositions = new long[this.count];
		for (int i = 0; i < this.count; i++) {
			leaves.add(this.hashes[order[i]]);
			sortedPositions[i] = this.positions[order[i]];
		}
		MerkleTree tree = MerkleTree.of(leaves);
		int verified = 0;
		for (SealedCheckpoint sealed : checkpoints) {
			String problem = checkpointProblem(sealed, verifier, tree, sortedPositions);
			if (problem == null) {
				verified++;
			}
			else {
				fail(null, null, sealed.lastGlobalIndex(), problem);
			}
		}
		return new VerificationReport(this.failures.isEmpty(), this.count, verified, List.copyOf(this.failures));
	}

	private static String checkpointProblem(SealedCheckpoint sealed, NoteVerifier verifier, MerkleTree tree,
			long[] positions) {
		Checkpoint checkpoint;
		try {
			checkpoint = (verifier != null) ? Checkpoint.verify(sealed.note(), verifier)
					: Checkpoint.parse(sealed.note());
		}
		catch (IllegalArgumentException ex) {
			return "checkpoint " + sealed.size() + " is not validly signed: " + ex.getMessage();
		}
		if (checkpoint.size() != sealed.size()) {
			return "checkpoint " + sealed.size() + " says it covers " + checkpoint.size() + " events";
		}
		int covered = 0;
		if (sealed.lastGlobalIndex() < 0) {
			covered = (int) Math.min(positions.length, checkpoint.size());
		}
		else {
			while (covered < positions.length && positions[covered] <= sealed.lastGlobalIndex()) {
				covered++;
			}
		}
		if (covered < checkpoint.size()) {
			return "checkpoint " + checkpoint.size() + " covers " + checkpoint.size() + " events up to position "
					+ sealed.lastGlobalIndex() + ", but only " + covered + " are stored there: events were removed";
		}
		if (covered > checkpoint.size()) {
			return "checkpoint " + checkpoint.size() + " covers " + checkpoint.size() + " events up to position "
					+ sealed.lastGlobalIndex() + ", but " + covered + " are stored there: events were inserted";
		}
		if (!Arrays.equals(tree.root((int) checkpoint.size()), checkpoint.root())) {
			return "checkpoint " + checkpoint.size() + " does not match the stored events: one of the first "
					+ checkpoint.size() + " was changed, removed or moved";
		}
		return null;
	}

	/**
	 * A checkpoint as the store keeps it.
	 *
	 * @param size how many events it covers
	 * @param lastGlobalIndex the global position of the last of them, or -1 when not
	 * known (a checkpoint given on its own covers the first {@code size} events)
	 * @param note the signed checkpoint text
	 */
	public record SealedCheckpoint(long size, long lastGlobalIndex, String note) {

		public SealedCheckpoint {
			Objects.requireNonNull(note, "note");
		}

	}

}
