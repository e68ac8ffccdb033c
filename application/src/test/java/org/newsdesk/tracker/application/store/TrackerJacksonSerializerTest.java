package org.newsdesk.tracker.application.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedMetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.UnknownSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.newsdesk.tracker.claim.AllegationRecorded;
import org.newsdesk.tracker.claim.ClaimId;
import org.newsdesk.tracker.common.DevelopmentDetails;
import org.newsdesk.tracker.common.DevelopmentId;
import org.newsdesk.tracker.common.OccurredOn;
import org.newsdesk.tracker.investigation.InvestigationId;
import org.newsdesk.tracker.party.PartyId;
import org.newsdesk.tracker.source.SourceId;

/** The serializer that remembers its look-ups reads what Axon's reads, and no more. */
class TrackerJacksonSerializerTest {

	private final TrackerJacksonSerializer serializer = new TrackerJacksonSerializer(
			JacksonSerializer.builder().objectMapper(AxonConfiguration.storageObjectMapper()));

	private final JacksonSerializer axons = JacksonSerializer.builder()
		.objectMapper(AxonConfiguration.storageObjectMapper())
		.build();

	@Test
	void readsBackWhatItWroteAndWritesWhatAxonWrites() {
		AllegationRecorded event = new AllegationRecorded(ClaimId.of("7b0c51f4-2a43-4a57-9d53-3c3c2b7d7a10"),
				InvestigationId.of("0f4f6f4e-52a4-4c59-8a8e-0a6f2f5c9a01"),
				DevelopmentId.of("5d2a8b9e-1c1f-4b9a-9b1e-2f7b8c6d5e4f"),
				new DevelopmentDetails(OccurredOn.parse("2021-07-18"),
						List.of(PartyId.of("3c9e1f2a-6b7d-4e8f-9a0b-1c2d3e4f5a6b")),
						List.of(SourceId.of("8a7b6c5d-4e3f-4a1b-9c8d-7e6f5a4b3c2d")), "Phones were infected",
						List.of()));
		SerializedObject<byte[]> written = this.serializer.serialize(event, byte[].class);
		assertThat(written.getData()).isEqualTo(this.axons.serialize(event, byte[].class).getData());
		for (int i = 0; i < 3; i++) {
			Object read = this.serializer.deserialize(written);
			assertThat(read).isEqualTo(event).isNotSameAs(event);
		}
	}

	@Test
	void aTypeIsLookedUpOnceAndAnUnknownOneEveryTime() {
		SimpleSerializedType known = new SimpleSerializedType(AllegationRecorded.class.getName(), null);
		assertThat(this.serializer.classForType(known)).isEqualTo(AllegationRecorded.class)
			.isEqualTo(this.serializer.classForType(known));
		SimpleSerializedType unknown = new SimpleSerializedType("org.newsdesk.tracker.claim.NoSuchEvent", null);
		assertThat(this.serializer.classForType(unknown)).isEqualTo(UnknownSerializedType.class)
			.isEqualTo(this.axons.classForType(unknown));
		assertThat(this.serializer.classForType(SimpleSerializedType.emptyType()))
			.isEqualTo(this.axons.classForType(SimpleSerializedType.emptyType()));
		assertThat(this.serializer.getReader(AllegationRecorded.class))
			.isSameAs(this.serializer.getReader(AllegationRecorded.class));
	}

	@Test
	void metadataReadsAsAxonReadsIt() {
		List<String> texts = new ArrayList<>(List.of("{}", " { } ", "{\"recordedBy\":\"editor\"}",
				"{\"recordedBy\":\"rédactrice\",\"hash\":\"ab12\"}", "{\"a\":\"1\",\"a\":\"2\"}", "{\"a\":\"x\\\"y\"}",
				"{\"a\":\"\\u00e9\"}", "{\"a\":1}", "{\"a\":null}", "{\"a\":{\"b\":\"c\"}}", "{\"a\":[\"b\"]}",
				"{\"a\":\"b\"} x", "{\"a\":\"b\",}", "{\"a\" : \"b\" ,\n \"c\":\"\"}", "[]", "\"a\"", "{\"a\":\"b\"",
				"{\"a\"\"b\"}", ""));
		Random random = new Random(11);
		String alphabet = "{}[]\",:\\ \nab1é\t";
		for (int i = 0; i < 3000; i++) {
			StringBuilder text = new StringBuilder("{\"recordedBy\":\"");
			for (int j = random.nextInt(12); j > 0; j--) {
				text.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			texts.add(text.append(random.nextBoolean() ? "\"}" : "").toString());
		}
		int flat = 0;
		for (String text : texts) {
			SerializedMetaData<byte[]> stored = new SerializedMetaData<>(text.getBytes(StandardCharsets.UTF_8),
					byte[].class);
			Object expected = read(this.axons, stored);
			Object read = read(this.serializer, stored);
			assertThat(read).as(text).isEqualTo(expected);
			if (expected instanceof MetaData) {
				flat += (FlatJson.strings(stored.getData()) != null) ? 1 : 0;
			}
		}
		assertThat(flat).as("texts read without Jackson").isGreaterThan(100);
	}

	/** What the serializer reads, or the kind of failure it reports. */
	private static Object read(JacksonSerializer serializer, SerializedObject<byte[]> stored) {
		try {
			return serializer.deserialize(stored);
		}
		catch (RuntimeException ex) {
			return ex.getClass();
		}
	}

}
