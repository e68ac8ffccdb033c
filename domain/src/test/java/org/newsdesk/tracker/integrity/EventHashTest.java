package org.newsdesk.tracker.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

class EventHashTest {

	private static final String AGGREGATE = "c3effbab-bb2a-3d82-8284-ac07b80ff808";

	private static final String TYPE = "org.newsdesk.tracker.claim.AllegationRecorded";

	private static final byte[] PAYLOAD = "{}".getBytes(StandardCharsets.UTF_8);

	private static final Instant RECORDED_AT = Instant.parse("2021-07-29T14:00:00.123456Z");

	@Test
	void theEncodingIsTheDocumentedSequenceOfLengthPrefixedFields() {
		byte[] encoding = EventHash.encode(EventHash.NONE, AGGREGATE, 0, TYPE, PAYLOAD, RECORDED_AT, "editor");
		String expected = "0000001e" + hex("newsdesk-tracker/event-hash/v1") + "00000020" + "00".repeat(32) + "00000024"
				+ hex(AGGREGATE) + "00000008" + "0000000000000000" + "0000002d" + hex(TYPE) + "00000002" + "7b7d"
				+ "00000018" + hex("2021-07-29T14:00:00.123Z") + "00000006" + hex("editor");
		assertThat(HexFormat.of().formatHex(encoding)).isEqualTo(expected);
	}

	@Test
	void theHashIsTheSha256OfTheEncoding() {
		EventHash hash = EventHash.compute(EventHash.NONE, AGGREGATE, 0, TYPE, PAYLOAD, RECORDED_AT, "editor");
		// Computed outside Java: the encoding above through xxd -r -p and sha256sum.
		assertThat(hash.hex()).isEqualTo("27e961cf79bf0e700e873a034c6bbf889e4897787cc62b45680e81b585ff2cf2");
	}

	@Test
	void theSameEventAlwaysHasTheSameHash() {
		assertThat(first("editor")).isEqualTo(first("editor")).hasSameHashCodeAs(first("editor"));
	}

	@Test
	void changingAnyFieldChangesTheHash() {
		EventHash original = first("editor");
		assertThat(EventHash.compute(original, AGGREGATE, 0, TYPE, PAYLOAD, RECORDED_AT, "editor"))
			.isNotEqualTo(original);
		assertThat(EventHash.compute(EventHash.NONE, "c3effbab-bb2a-3d82-8284-ac07b80ff809", 0, TYPE, PAYLOAD,
				RECORDED_AT, "editor"))
			.isNotEqualTo(original);
		assertThat(EventHash.compute(EventHash.NONE, AGGREGATE, 1, TYPE, PAYLOAD, RECORDED_AT, "editor"))
			.isNotEqualTo(original);
		assertThat(EventHash.compute(EventHash.NONE, AGGREGATE, 0, TYPE + "V2", PAYLOAD, RECORDED_AT, "editor"))
			.isNotEqualTo(original);
		assertThat(EventHash.compute(EventHash.NONE, AGGREGATE, 0, TYPE, "{ }".getBytes(StandardCharsets.UTF_8),
				RECORDED_AT, "editor"))
			.isNotEqualTo(original);
		assertThat(EventHash.compute(EventHash.NONE, AGGREGATE, 0, TYPE, PAYLOAD, RECORDED_AT.plusMillis(1), "editor"))
			.isNotEqualTo(original);
		assertThat(first("admin")).isNotEqualTo(original);
	}

	@Test
	void nobodyRecordedIsNotTheSameAsAnEmptyName() {
		assertThat(first(null)).isNotEqualTo(first(""));
		byte[] encoding = EventHash.encode(EventHash.NONE, AGGREGATE, 0, TYPE, PAYLOAD, RECORDED_AT, null);
		assertThat(HexFormat.of().formatHex(encoding)).endsWith(hex("2021-07-29T14:00:00.123Z") + "ffffffff");
	}

	@Test
	void movingABoundaryBetweenFieldsChangesTheHash() {
		EventHash one = EventHash.compute(EventHash.NONE, "ab", 0, "c", PAYLOAD, RECORDED_AT, "editor");
		EventHash other = EventHash.compute(EventHash.NONE, "a", 0, "bc", PAYLOAD, RECORDED_AT, "editor");
		assertThat(one).isNotEqualTo(other);
	}

	@Test
	void eachHashChainsToTheOneBefore() {
		EventHash first = first("editor");
		EventHash second = EventHash.compute(first, AGGREGATE, 1, TYPE, PAYLOAD, RECORDED_AT, "editor");
		EventHash secondAfterAnotherFirst = EventHash.compute(first("admin"), AGGREGATE, 1, TYPE, PAYLOAD, RECORDED_AT,
				"editor");
		assertThat(second).isNotEqualTo(secondAfterAnotherFirst);
		byte[] encoding = EventHash.encode(first, AGGREGATE, 1, TYPE, PAYLOAD, RECORDED_AT, "editor");
		assertThat(HexFormat.of().formatHex(encoding)).contains("00000020" + first.hex());
	}

	@Test
	void theRecordedMomentCountsToTheMillisecondTheStoreKeeps() {
		Instant stored = Instant.parse("2021-07-29T14:00:00.123Z");
		assertThat(EventHash.compute(EventHash.NONE, AGGREGATE, 0, TYPE, PAYLOAD, stored, "editor"))
			.isEqualTo(first("editor"));
		byte[] whole = EventHash.encode(EventHash.NONE, AGGREGATE, 0, TYPE, PAYLOAD,
				Instant.parse("2021-07-29T14:00:00Z"), "editor");
		assertThat(new String(whole, StandardCharsets.UTF_8)).contains("2021-07-29T14:00:00.000Z");
	}

	@Test
	void readsAndWritesHex() {
		EventHash hash = first("editor");
		assertThat(EventHash.fromHex(hash.hex())).isEqualTo(hash);
		assertThat(EventHash.of(hash.bytes())).isEqualTo(hash);
		assertThat(hash).hasToString(hash.hex());
		assertThat(EventHash.NONE.hex()).isEqualTo("00".repeat(32));
		assertThatIllegalArgumentException().isThrownBy(() -> EventHash.fromHex("abc"))
			.withMessage("an event hash is 64 hexadecimal digits, not 'abc'");
		assertThatIllegalArgumentException().isThrownBy(() -> EventHash.of(new byte[31]))
			.withMessage("an event hash has 32 bytes, not 31");
	}

	@Test
	void aNegativeSequenceNumberIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> EventHash.compute(EventHash.NONE, AGGREGATE, -1, TYPE, PAYLOAD, RECORDED_AT, "editor"))
			.withMessage("the sequence number must not be negative, was -1");
	}

	private static EventHash first(String recordedBy) {
		return EventHash.compute(EventHash.NONE, AGGREGATE, 0, TYPE, PAYLOAD, RECORDED_AT, recordedBy);
	}

	private static String hex(String text) {
		return HexFormat.of().formatHex(text.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void theHashIsTheSha256OfTheEncodingForGeneratedEvents() throws Exception {
		java.util.Random random = new java.util.Random(2021);
		java.security.MessageDigest sha256 = java.security.MessageDigest.getInstance("SHA-256");
		EventHash previous = EventHash.NONE;
		for (int i = 0; i < 2_000; i++) {
			byte[] payload = new byte[random.nextInt(2_000)];
			random.nextBytes(payload);
			Instant recordedAt = Instant.ofEpochSecond(random.nextLong(-2_000_000_000L, 300_000_000_000L),
					random.nextInt(1_000_000_000));
			String recordedBy = switch (random.nextInt(3)) {
				case 0 -> null;
				case 1 -> "editor";
				default -> "r\u00e9dactrice \ud83d\udcf0 " + random.nextInt();
			};
			String aggregate = java.util.UUID.randomUUID().toString();
			long sequence = random.nextLong(0, Long.MAX_VALUE);
			EventHash hash = EventHash.compute(previous, aggregate, sequence, TYPE, payload, recordedAt, recordedBy);
			byte[] expected = sha256
				.digest(EventHash.encode(previous, aggregate, sequence, TYPE, payload, recordedAt, recordedBy));
			assertThat(hash.bytes()).as("event %d", i).isEqualTo(expected);
			previous = hash;
		}
	}

	@Test
	void aStoredMomentIsWrittenAsTheHashWritesItWhetherOrNotItIsParsed() {
		java.util.Random random = new java.util.Random(29);
		for (int i = 0; i < 5_000; i++) {
			Instant moment = Instant.ofEpochSecond(random.nextLong(0, 253_402_300_799L), random.nextInt(1_000_000_000));
			String stored = switch (random.nextInt(4)) {
				case 0 -> moment.toString();
				case 1 -> java.time.format.DateTimeFormatter.ISO_INSTANT
					.format(moment.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
				case 2 -> moment.atOffset(java.time.ZoneOffset.ofHours(2)).toString();
				default -> java.time.format.DateTimeFormatter.ISO_INSTANT
					.format(moment.truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
			};
			Instant parsed = java.time.OffsetDateTime.parse(stored).toInstant();
			assertThat(EventHash.recordedAtText(stored)).as(stored)
				.isEqualTo(EventHash.recordedAtText(parsed))
				.isEqualTo(java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
					.withZone(java.time.ZoneOffset.UTC)
					.format(parsed.truncatedTo(java.time.temporal.ChronoUnit.MILLIS)));
		}
		assertThat(EventHash.recordedAtText("2021-07-29T14:00Z")).isEqualTo("2021-07-29T14:00:00.000Z");
		assertThat(EventHash.recordedAtText("2021-07-29T14:00:00.1Z")).isEqualTo("2021-07-29T14:00:00.100Z");
		assertThatExceptionOfType(java.time.format.DateTimeParseException.class)
			.isThrownBy(() -> EventHash.recordedAtText("2021-02-30T14:00:00Z"));
	}

}
