package org.newsdesk.tracker.integrity;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
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

	/** 9999-12-31T23:59:59Z and one second: the end of four-digit years. */
	private static final long LAST_FOUR_DIGIT_SECOND = 253402300800L;

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
		Objects.requireNonNull(recordedAt, "recordedAt");
		return compute(previous, aggregateIdentifier, sequenceNumber, eventType, payload, recordedAtText(recordedAt),
				recordedBy);
	}

	/**
	 * As {@link #compute(EventHash, String, long, String, byte[], Instant, String)}, with
	 * the moment already written as {@link #recordedAtText} writes it. The fields go
	 * straight into the digest: the bytes hashed are exactly those {@link #encode}
	 * returns.
	 */
	public static EventHash compute(EventHash previous, String aggregateIdentifier, long sequenceNumber,
			String eventType, byte[] payload, String recordedAtText, String recordedBy) {
		requireFields(previous, aggregateIdentifier, sequenceNumber, eventType, payload, recordedAtText);
		MessageDigest digest = Sha256.reusableDigest();
		byte[] number = new byte[Long.BYTES];
		field(digest, number, VERSION);
		field(digest, number, previous.value);
		field(digest, number, text(aggregateIdentifier));
		length(digest, number, Long.BYTES);
		for (int i = 0; i < Long.BYTES; i++) {
			number[i] = (byte) (sequenceNumber >>> (56 - 8 * i));
		}
		digest.update(number, 0, Long.BYTES);
		field(digest, number, text(eventType));
		field(digest, number, payload);
		field(digest, number, text(recordedAtText));
		if (recordedBy != null) {
			field(digest, number, text(recordedBy));
		}
		else {
			length(digest, number, ABSENT);
		}
		return new EventHash(digest.digest());
	}

	private static void requireFields(EventHash previous, String aggregateIdentifier, long sequenceNumber,
			String eventType, byte[] payload, Object recordedAt) {
		Objects.requireNonNull(previous, "previous");
		Objects.requireNonNull(aggregateIdentifier, "aggregateIdentifier");
		Objects.requireNonNull(eventType, "eventType");
		Objects.requireNonNull(payload, "payload");
		Objects.requireNonNull(recordedAt, "recordedAt");
		if (sequenceNumber < 0) {
			throw new IllegalArgumentException("the sequence number must not be negative, was " + sequenceNumber);
		}
	}

	/**
	 * The recorded moment as the hash writes it: ISO-8601 UTC, truncated to the
	 * millisecond, with exactly three fractional digits.
	 */
	public static String recordedAtText(Instant recordedAt) {
		Instant millis = recordedAt.truncatedTo(ChronoUnit.MILLIS);
		long seconds = millis.getEpochSecond();
		if (seconds < 0 || seconds >= LAST_FOUR_DIGIT_SECOND) {
			return RECORDED_AT.format(millis);
		}
		java.time.LocalDateTime time = java.time.LocalDateTime.ofEpochSecond(seconds, millis.getNano(), ZoneOffset.UTC);
		char[] text = new char[24];
		digits(text, 0, time.getYear(), 4);
		text[4] = '-';
		digits(text, 5, time.getMonthValue(), 2);
		text[7] = '-';
		digits(text, 8, time.getDayOfMonth(), 2);
		text[10] = 'T';
		digits(text, 11, time.getHour(), 2);
		text[13] = ':';
		digits(text, 14, time.getMinute(), 2);
		text[16] = ':';
		digits(text, 17, time.getSecond(), 2);
		text[19] = '.';
		digits(text, 20, millis.getNano() / 1_000_000, 3);
		text[23] = 'Z';
		return new String(text);
	}

	/**
	 * A stored ISO-8601 moment written as {@link #recordedAtText} writes it. A UTC text
	 * of the usual shape ({@code 2021-07-29T14:00:00Z}, with any number of fractional
	 * digits) is rewritten without being parsed; any other is parsed.
	 * @throws java.time.format.DateTimeParseException when the text is no moment
	 */
	public static String recordedAtText(String stored) {
		int length = stored.length();
		if (length >= 20 && stored.charAt(length - 1) == 'Z' && shaped(stored)) {
			StringBuilder text = new StringBuilder(24).append(stored, 0, 19).append('.');
			int fraction = (length > 20) ? Math.min(3, length - 21) : 0;
			if (length > 20) {
				text.append(stored, 20, 20 + fraction);
			}
			for (int i = fraction; i < 3; i++) {
				text.append('0');
			}
			return text.append('Z').toString();
		}
		return recordedAtText(DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(stored, Instant::from));
	}

	/**
	 * Whether the text reads {@code uuuu-MM-ddTHH:mm:ss}, with fields in range,
	 * optionally followed by a dot and digits, before its final {@code Z}.
	 */
	private static boolean shaped(String text) {
		String pattern = "dddd-dd-ddTdd:dd:dd";
		for (int i = 0; i < pattern.length(); i++) {
			char expected = pattern.charAt(i);
			char actual = text.charAt(i);
			if ((expected == 'd') ? (actual < '0' || actual > '9') : actual != expected) {
				return false;
			}
		}
		int last = text.length() - 1;
		if (last > 19) {
			if (text.charAt(19) != '.' || last == 20) {
				return false;
			}
			for (int i = 20; i < last; i++) {
				if (text.charAt(i) < '0' || text.charAt(i) > '9') {
					return false;
				}
			}
		}
		int month = number(text, 5);
		int day = number(text, 8);
		return month >= 1 && month <= 12 && day >= 1
				&& day <= java.time.YearMonth.of(Integer.parseInt(text, 0, 4, 10), month).lengthOfMonth()
				&& number(text, 11) <= 23 && number(text, 14) <= 59 && number(text, 17) <= 59;
	}

	private static int number(String text, int at) {
		return (text.charAt(at) - '0') * 10 + (text.charAt(at + 1) - '0');
	}

	private static void digits(char[] text, int at, int value, int width) {
		for (int i = width - 1; i >= 0; i--) {
			text[at + i] = (char) ('0' + value % 10);
			value /= 10;
		}
	}

	private static void length(MessageDigest digest, byte[] scratch, int length) {
		scratch[0] = (byte) (length >>> 24);
		scratch[1] = (byte) (length >>> 16);
		scratch[2] = (byte) (length >>> 8);
		scratch[3] = (byte) length;
		digest.update(scratch, 0, Integer.BYTES);
	}

	private static void field(MessageDigest digest, byte[] scratch, byte[] bytes) {
		length(digest, scratch, bytes.length);
		digest.update(bytes);
	}

	/**
	 * The exact bytes {@link #compute} hashes, for an auditor comparing implementations.
	 */
	public static byte[] encode(EventHash previous, String aggregateIdentifier, long sequenceNumber, String eventType,
			byte[] payload, Instant recordedAt, String recordedBy) {
		requireFields(previous, aggregateIdentifier, sequenceNumber, eventType, payload, recordedAt);
		ByteArrayOutputStream out = new ByteArrayOutputStream(128 + payload.length);
		field(out, VERSION);
		field(out, previous.value);
		field(out, text(aggregateIdentifier));
		field(out, ByteBuffer.allocate(Long.BYTES).putLong(sequenceNumber).array());
		field(out, text(eventType));
		field(out, payload);
		field(out, text(recordedAtText(recordedAt)));
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
		for (int i = 0; i < value.length(); i++) {
			if (Character.isSurrogate(value.charAt(i))) {
				// Only an unpaired surrogate makes a text ill-formed.
				SignedNote.requireWellFormedUnicode("a text field", value);
				break;
			}
		}
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
