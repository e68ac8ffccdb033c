package org.newsdesk.tracker.integrity;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The content hash of one stored event, chained to the previous event of the same
 * aggregate. These hashes are the entries of the {@link MerkleTree}, so a signed
 * checkpoint commits to every stored field of every event: change one byte of a payload,
 * a date or an author and the hash, the tree root and every later checkpoint disagree.
 * Chaining per aggregate also makes a removed or reordered event show, even before any
 * tree is consulted.
 * <p>
 * The hash is SHA-256 over eight fields, each written as its length in bytes (4 bytes,
 * unsigned, big-endian) followed by the bytes themselves, so that no two different events
 * can produce the same sequence of bytes:
 * <ol>
 * <li>the ASCII text {@code newsdesk-tracker/event-hash/v1}, naming this encoding so a
 * later one can never be mistaken for it;</li>
 * <li>the hash of the previous event of the same aggregate, 32 bytes; 32 zero bytes for
 * the aggregate's first event;</li>
 * <li>the aggregate identifier, in UTF-8;</li>
 * <li>the sequence number, 8 bytes, signed big-endian;</li>
 * <li>the event type (the payload type as stored), in UTF-8;</li>
 * <li>the payload, exactly the stored bytes;</li>
 * <li>the moment the event was recorded, as ISO-8601 UTC with exactly three fractional
 * digits, in UTF-8 ({@code 2021-07-29T14:00:00.000Z}), truncated to the millisecond
 * because the event store keeps no more, so the hash recomputed from a stored row equals
 * the one computed when it was appended;</li>
 * <li>who recorded it, in UTF-8; when nobody is recorded, the length is
 * {@code FF FF FF FF} and no bytes follow (no stored text is 4 GiB long, so this cannot
 * be confused with a name).</li>
 * </ol>
 * For example the first event of an aggregate begins
 * {@code 0000001e 6e657773...7631 00000020 0000...0000}.
 */
public final class EventHash {

	public static final int SIZE = Sha256.SIZE;

	/**
	 * What the first event of an aggregate chains to.
	 */
	public static final EventHash NONE = new EventHash(new byte[SIZE]);

	private static final byte[] VERSION = "newsdesk-tracker/event-hash/v1".getBytes(StandardCharsets.US_ASCII);

	private static final int ABSENT = 0xFFFFFFFF;

	private static final DateTimeFormatter RECORDED_AT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
		.withZone(ZoneOffset.UTC);

	private final byte[] value;

	private EventHash(byte[] value) {
		this.value = value;
	}

	/**
	 * The hash of an event, chained to {@code previous}, the hash of the event before it
	 * in the same aggregate ({@link #NONE} for the first).
	 * @param recordedBy who recorded the event, or {@code null} when nobody is recorded
	 */
	public static EventHash compute(EventHash previous, String aggregateIdentifier, long sequenceNumber,
			String eventType, byte[] payload, Instant recordedAt, String recordedBy) {
		return new EventHash(Sha256
			.digest(encode(previous, aggregateIdentifier, sequenceNumber, eventType, payload, recordedAt, recordedBy)));
	}

	/**
	 * The exact bytes {@link #compute} hashes, for an auditor comparing implementations.
	 */
	public static byte[] encode(EventHash previous, String aggregateIdentifier, long sequenceNumber, String eventType,
			byte[] payload, Instant recordedAt, String recordedBy) {
		Objects.requireNonNull(previous, "previous");
		Objects.requireNonNull(aggregateIdentifier, "aggregateIdentifier");
		Objects.requireNonNull(eventType, "eventType");
		Objects.requireNonNull(payload, "payload");
		Objects.requireNonNull(recordedAt, "recordedAt");
		if (sequenceNumber < 0) {
			throw new IllegalArgumentException("the sequence number must not be negative, was " + sequenceNumber);
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream(128 + payload.length);
		field(out, VERSION);
		field(out, previous.value);
		field(out, text(aggregateIdentifier));
		field(out, ByteBuffer.allocate(Long.BYTES).putLong(sequenceNumber).array());
		field(out, text(eventType));
		field(out, payload);
		field(out, text(RECORDED_AT.format(recordedAt.truncatedTo(ChronoUnit.MILLIS))));
		if (recordedBy != null) {
			field(out, text(recordedBy));
		}
		else {
			out.writeBytes(ByteBuffer.allocate(Integer.BYTES).putInt(ABSENT).array());
		}
		return out.toByteArray();
	}

	public static EventHash of(byte[] value) {
		Objects.requireNonNull(value, "value");
		if (value.length != SIZE) {
			throw new IllegalArgumentException("an event hash has " + SIZE + " bytes, not " + value.length);
		}
		return new EventHash(value.clone());
	}

	/**
	 * @throws IllegalArgumentException unless the text is 64 hexadecimal digits
	 */
	public static EventHash fromHex(String hex) {
		Objects.requireNonNull(hex, "hex");
		if (hex.length() != 2 * SIZE) {
			throw new IllegalArgumentException(
					"an event hash is " + 2 * SIZE + " hexadecimal digits, not '" + hex + "'");
		}
		return of(HexFormat.of().parseHex(hex));
	}

	public byte[] bytes() {
		return this.value.clone();
	}

	public String hex() {
		return HexFormat.of().formatHex(this.value);
	}

	private static void field(ByteArrayOutputStream out, byte[] bytes) {
		out.writeBytes(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
		out.writeBytes(bytes);
	}

	private static byte[] text(String value) {
		SignedNote.requireWellFormedUnicode("a text field", value);
		return value.getBytes(StandardCharsets.UTF_8);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof EventHash that && Arrays.equals(this.value, that.value);
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(this.value);
	}

	@Override
	public String toString() {
		return hex();
	}

}
