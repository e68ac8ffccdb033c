package org.newsdesk.tracker.application.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.axonframework.common.DateTimeUtils;
import org.junit.jupiter.api.Test;
import org.newsdesk.tracker.integrity.Checkpoint;
import org.newsdesk.tracker.integrity.EventHash;
import org.newsdesk.tracker.integrity.MerkleTree;
import org.newsdesk.tracker.integrity.NoteSigner;

/**
 * The verifier over a store of 100,000 events made as the tracker appends them: no false
 * alarm on the untouched store, and one changed byte found at its exact place.
 */
class ChainVerifierTest {

	private static final NoteSigner KEY = NoteSigner.generate("tracker.test/events");

	/**
	 * Events of 1,000 streams, interleaved in the store as concurrent appends would be.
	 */
	private static List<StoredEvent> store(int events, long seed) {
		Random random = new Random(seed);
		int streams = 1000;
		long[] next = new long[streams];
		EventHash[] previous = new EventHash[streams];
		java.util.Arrays.fill(previous, EventHash.NONE);
		Instant start = Instant.parse("2021-07-18T06:00:00Z");
		List<StoredEvent> stored = new ArrayList<>(events);
		for (int i = 0; i < events; i++) {
			int stream = random.nextInt(streams);
			String aggregate = new java.util.UUID(seed, stream).toString();
			long sequence = next[stream]++;
			byte[] payload = ("{\"developmentId\":\"" + new java.util.UUID(random.nextLong(), i) + "\",\"summary\":\""
					+ "x".repeat(200 + random.nextInt(600)) + "\"}")
				.getBytes(StandardCharsets.UTF_8);
			String stamp = DateTimeUtils.formatInstant(start.plusMillis(i * 37L));
			String recordedBy = (i % 3 == 0) ? "editor" : "demo";
			EventHash hash = EventHash.compute(previous[stream], aggregate, sequence, "StatementRecorded", payload,
					DateTimeUtils.parseInstant(stamp), recordedBy);
			previous[stream] = hash;
			byte[] metaData = ("{\"recordedBy\":\"" + recordedBy + "\",\"hash\":\"" + hash.hex() + "\"}")
				.getBytes(StandardCharsets.UTF_8);
			stored.add(new StoredEvent(i + 1, aggregate, sequence, "StatementRecorded", stamp, payload, metaData));
		}
		return stored;
	}

	private static ChainVerifier.SealedCheckpoint seal(List<StoredEvent> inOrder) {
		List<byte[]> hashes = inOrder.stream()
			.map((event) -> EventHash.fromHex(ChainVerifier.metaText(event.metaData(), StoredEvents.HASH)).bytes())
			.toList();
		String note = Checkpoint.sign("tracker.test/events", hashes.size(), MerkleTree.root(hashes), KEY);
		return new ChainVerifier.SealedCheckpoint(hashes.size(), inOrder.get(inOrder.size() - 1).globalIndex(), note);
	}

	private static VerificationReport verify(List<StoredEvent> stored, List<ChainVerifier.SealedCheckpoint> sealed) {
		List<StoredEvent> byStream = new ArrayList<>(stored);
		byStream.sort(
				Comparator.comparing(StoredEvent::aggregateIdentifier).thenComparingLong(StoredEvent::sequenceNumber));
		ChainVerifier verifier = new ChainVerifier();
		byStream.forEach(verifier::accept);
		return verifier.finish(sealed, KEY.verifier());
	}

	@Test
	void aHundredThousandUntouchedEventsRaiseNoAlarm() {
		List<StoredEvent> stored = store(100_000, 7);
		VerificationReport report = verify(stored, List.of(seal(stored.subList(0, 60_000)), seal(stored)));
		assertThat(report.failures()).isEmpty();
		assertThat(report.valid()).isTrue();
		assertThat(report.eventsChecked()).isEqualTo(100_000);
		assertThat(report.checkpointsVerified()).isEqualTo(2);
	}

	@Test
	void oneChangedByteAmongAHundredThousandIsFoundAtItsPlace() {
		List<StoredEvent> stored = store(100_000, 11);
		ChainVerifier.SealedCheckpoint sealed = seal(stored);
		StoredEvent target = stored.get(54_321);
		byte[] payload = target.payload().clone();
		payload[payload.length - 3] ^= 0x20;
		stored.set(54_321, new StoredEvent(target.globalIndex(), target.aggregateIdentifier(), target.sequenceNumber(),
				target.payloadType(), target.timeStamp(), payload, target.metaData()));
		VerificationReport report = verify(stored, List.of(sealed));
		assertThat(report.valid()).isFalse();
		assertThat(report.failures()).hasSize(2);
		VerificationReport.Failure first = report.failures().get(0);
		assertThat(first.aggregateIdentifier()).isEqualTo(target.aggregateIdentifier());
		assertThat(first.sequenceNumber()).isEqualTo(target.sequenceNumber());
		assertThat(first.globalIndex()).isEqualTo(target.globalIndex());
		assertThat(report.failures().get(1).problem()).contains("checkpoint 100000 does not match");
	}

	@Test
	void eventsMovedInTheStoresOrderAreCaughtByTheCheckpoint() {
		List<StoredEvent> stored = store(1_000, 13);
		ChainVerifier.SealedCheckpoint sealed = seal(stored);
		StoredEvent a = stored.get(100);
		StoredEvent b = stored.get(700);
		stored.set(100, new StoredEvent(b.globalIndex(), a.aggregateIdentifier(), a.sequenceNumber(), a.payloadType(),
				a.timeStamp(), a.payload(), a.metaData()));
		stored.set(700, new StoredEvent(a.globalIndex(), b.aggregateIdentifier(), b.sequenceNumber(), b.payloadType(),
				b.timeStamp(), b.payload(), b.metaData()));
		VerificationReport report = verify(stored, List.of(sealed));
		assertThat(report.valid()).isFalse();
		assertThat(report.failures()).singleElement()
			.satisfies((failure) -> assertThat(failure.problem()).contains("changed, removed or moved"));
	}

	@Test
	void metadataIsReadAlikeWithOrWithoutTheFullParser() throws Exception {
		com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
		Random random = new Random(6962);
		String[] keys = { "recordedBy", "hash", "requestId", "correlationId", "note" };
		String[] values = { "editor", "r\u00e9dactrice", "a\"quoted\"", "back\\slash", "line\nbreak", "",
				"\"hash\":\"forged\"", "\ud83d\udcf0" };
		for (int i = 0; i < 3_000; i++) {
			com.fasterxml.jackson.databind.node.ObjectNode object = mapper.createObjectNode();
			for (int n = random.nextInt(5); n > 0; n--) {
				String key = keys[random.nextInt(keys.length)];
				switch (random.nextInt(6)) {
					case 0 -> object.put(key, random.nextInt());
					case 1 -> object.putObject(key).put("inner", values[random.nextInt(values.length)]);
					default -> object.put(key, values[random.nextInt(values.length)]);
				}
			}
			String text = mapper.writeValueAsString(object);
			if (random.nextBoolean()) {
				text = text.replace(",", " ,\n ").replace("{", "{ ");
			}
			byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
			com.fasterxml.jackson.databind.JsonNode read = mapper.readTree(bytes);
			for (String field : List.of("recordedBy", "hash")) {
				com.fasterxml.jackson.databind.JsonNode value = read.get(field);
				assertThat(ChainVerifier.metaText(bytes, field)).as(text)
					.isEqualTo((value != null && value.isTextual()) ? value.asText() : null);
			}
		}
		assertThat(ChainVerifier.metaText("not json".getBytes(StandardCharsets.UTF_8), "hash")).isNull();
		assertThat(ChainVerifier.metaText("{\"hash\":\"ab\"} trailing".getBytes(StandardCharsets.UTF_8), "hash"))
			.as("what follows the object is left to the full parser, which ignores it")
			.isEqualTo("ab");
	}

}
