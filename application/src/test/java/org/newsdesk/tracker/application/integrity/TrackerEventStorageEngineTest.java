package org.newsdesk.tracker.application.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import org.axonframework.common.DateTimeUtils;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsdesk.tracker.application.store.AxonConfiguration;
import org.newsdesk.tracker.integrity.EventHash;

/**
 * The tracker's event storage reads timestamps its own way; what it hands the processors
 * must stay exactly what Axon's engine hands them: the same events, the same timestamps
 * and the same tracking tokens, gaps included. Both engines read one store holding old
 * events, recent events and missing positions among both.
 */
class TrackerEventStorageEngineTest {

	private static final String URL = "jdbc:h2:mem:engine-test;DB_CLOSE_DELAY=-1";

	private static Connection keptOpen;

	/** Positions with events; the rest are gaps, some old, some recent. */
	private static final long[] POSITIONS = { 1, 2, 3, 5, 6, 7, 10, 11, 12, 13, 20, 21, 23, 24, 25, 27 };

	/** From this position on, events are recent enough that Axon still waits for gaps. */
	private static final long RECENT_FROM = 20;

	@BeforeAll
	static void store() throws SQLException {
		keptOpen = DriverManager.getConnection(URL);
		try (Statement statement = keptOpen.createStatement()) {
			statement.execute("create table domain_event_entry (global_index bigint primary key,"
					+ " event_identifier varchar(255) not null, aggregate_identifier varchar(255) not null,"
					+ " sequence_number bigint not null, type varchar(255), time_stamp varchar(255) not null,"
					+ " payload_type varchar(255) not null, payload_revision varchar(255), payload bytea not null,"
					+ " meta_data bytea)");
			statement.execute("create table snapshot_event_entry (aggregate_identifier varchar(255) not null,"
					+ " sequence_number bigint not null, type varchar(255) not null,"
					+ " event_identifier varchar(255) not null, time_stamp varchar(255) not null,"
					+ " payload_type varchar(255) not null, payload_revision varchar(255), payload bytea not null,"
					+ " meta_data bytea)");
		}
		Instant old = Instant.parse("2021-07-18T06:00:00.125Z");
		Instant recent = Instant.now().minusSeconds(5).truncatedTo(ChronoUnit.MILLIS);
		try (PreparedStatement insert = keptOpen
			.prepareStatement("insert into domain_event_entry values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
			for (long position : POSITIONS) {
				String aggregate = "claim-" + (position % 3);
				Instant at = (position < RECENT_FROM) ? old.plusSeconds(position * 3_607) : recent.plusMillis(position);
				insert.setLong(1, position);
				insert.setString(2, "event-" + position);
				insert.setString(3, aggregate);
				insert.setLong(4, position);
				insert.setString(5, "Claim");
				insert.setString(6, DateTimeUtils.formatInstant(at));
				insert.setString(7, "java.lang.String");
				insert.setString(8, null);
				insert.setBytes(9, ("\"development " + position + "\"").getBytes(StandardCharsets.UTF_8));
				insert.setBytes(10, "{}".getBytes(StandardCharsets.UTF_8));
				insert.addBatch();
			}
			insert.executeBatch();
		}
	}

	@AfterAll
	static void close() throws SQLException {
		keptOpen.close();
	}

	private static JdbcEventStorageEngine.Builder builder() {
		return builder(new AtomicInteger(), 4);
	}

	/** A builder whose engine counts in {@code queries} the connections it takes. */
	private static JdbcEventStorageEngine.Builder builder(AtomicInteger queries, int batchSize) {
		JacksonSerializer serializer = JacksonSerializer.defaultSerializer();
		return JdbcEventStorageEngine.builder().connectionProvider(() -> {
			queries.incrementAndGet();
			return DriverManager.getConnection(URL);
		})
			.transactionManager(NoTransactionManager.INSTANCE)
			.eventSerializer(serializer)
			.snapshotSerializer(serializer)
			.batchSize(batchSize);
	}

	private static JdbcEventStorageEngine axons() {
		return axons(builder());
	}

	private static JdbcEventStorageEngine axons(JdbcEventStorageEngine.Builder builder) {
		EventSchema schema = new AxonConfiguration().eventSchema();
		return builder.schema(schema)
			.lowestGlobalSequence(TrackerEventStorageEngine.LOWEST_GLOBAL_SEQUENCE)
			.maxGapOffset(TrackerEventStorageEngine.MAX_GAP_OFFSET)
			.gapTimeout(TrackerEventStorageEngine.GAP_TIMEOUT_MILLIS)
			.build();
	}

	private static JdbcEventStorageEngine trackers() {
		EventSchema schema = new AxonConfiguration().eventSchema();
		return TrackerEventStorageEngine.build(builder(), schema, new LastHashes());
	}

	private record Read(TrackingToken token, String identifier, String aggregate, long sequence, Instant timestamp) {
	}

	private static List<Read> read(JdbcEventStorageEngine engine, TrackingToken from) {
		List<Read> read = new ArrayList<>();
		engine.readEvents(from, false).forEach((message) -> read.add(read(message)));
		return read;
	}

	private static Read read(TrackedEventMessage<?> message) {
		DomainEventMessage<?> event = (DomainEventMessage<?>) message;
		return new Read(message.trackingToken(), event.getIdentifier(), event.getAggregateIdentifier(),
				event.getSequenceNumber(), event.getTimestamp());
	}

	private static GapAwareTrackingToken token(long index, Long... gaps) {
		return GapAwareTrackingToken.newInstance(index, new TreeSet<>(Arrays.asList(gaps)));
	}

	@Test
	void readsTheSameEventsWithTheSameTokensAsAxonFromAnyStart() {
		List<TrackingToken> starts = new ArrayList<>();
		starts.add(null);
		starts.add(token(3));
		starts.add(token(7, 4L));
		starts.add(token(13, 8L, 9L));
		starts.add(token(21, 14L, 15L, 16L, 17L, 18L, 19L));
		starts.add(token(24, 22L));
		for (TrackingToken start : starts) {
			List<Read> expected = read(axons(), start);
			assertThat(read(trackers(), start)).as("from %s", start).isEqualTo(expected);
			assertThat(expected).as("from %s", start).isNotEmpty();
		}
		List<Read> all = read(trackers(), null);
		assertThat(all).hasSize(POSITIONS.length);
		GapAwareTrackingToken last = (GapAwareTrackingToken) all.get(all.size() - 1).token();
		assertThat(last.getGaps()).as("recent gaps are still waited for").contains(22L, 26L).doesNotContain(4L, 8L);
	}

	/**
	 * The embedded event store's producer reads with {@code mayBlock}: each of its reads
	 * ends at the first short batch, and reads one after another from where the last
	 * ended give what Axon's one read gives, tokens included.
	 */
	@Test
	void producerReadsEndAtAShortBatchAndTogetherReadWhatAxonReads() {
		for (TrackingToken start : new TrackingToken[] { null, token(3), token(13, 8L, 9L), token(24, 22L) }) {
			List<Read> expected = new ArrayList<>();
			axons().readEvents(start, true).forEach((message) -> expected.add(read(message)));
			JdbcEventStorageEngine producer = trackers();
			List<Read> read = new ArrayList<>();
			TrackingToken from = start;
			int reads = 0;
			while (true) {
				List<Read> next = new ArrayList<>();
				producer.readEvents(from, true).forEach((message) -> next.add(read(message)));
				if (next.isEmpty()) {
					break;
				}
				reads++;
				read.addAll(next);
				from = next.get(next.size() - 1).token();
			}
			assertThat(read).as("from %s", start).isEqualTo(expected);
			assertThat(expected).as("from %s", start).isNotEmpty();
			if (start == null) {
				assertThat(reads).as("the positions missing in a batch's range cut a read short").isGreaterThan(1);
			}
		}
		AtomicInteger queries = new AtomicInteger();
		JdbcEventStorageEngine producer = TrackerEventStorageEngine.build(builder(queries, 4),
				new AxonConfiguration().eventSchema(), new LastHashes());
		assertThat(producer.readEvents(token(24, 22L), true).count()).isEqualTo(2);
		assertThat(queries).as("a short batch ends the read: no second, empty fetch").hasValue(1);
		AtomicInteger axonQueries = new AtomicInteger();
		assertThat(axons(builder(axonQueries, 4)).readEvents(token(24, 22L), true).count()).isEqualTo(2);
		assertThat(axonQueries).as("Axon's engine fetches until a batch is empty").hasValueGreaterThan(1);
	}

	@Test
	void asksForNoSnapshotAndRefusesToStoreOne() throws SQLException {
		try (Statement statement = keptOpen.createStatement()) {
			statement.execute("insert into snapshot_event_entry values ('claim-0', 3, 'Claim', 'snapshot-3',"
					+ " '2021-07-18T06:00:00.125Z', 'java.lang.String', null, X'22612022', X'7b7d')");
		}
		try {
			assertThat(axons().readSnapshot("claim-0")).as("Axon's engine reads the snapshot table").isPresent();
			assertThat(trackers().readSnapshot("claim-0")).isEmpty();
			DomainEventMessage<String> snapshot = new GenericDomainEventMessage<>("Claim", "claim-1", 4, "a snapshot");
			assertThatThrownBy(() -> trackers().storeSnapshot(snapshot))
				.isInstanceOf(UnsupportedOperationException.class)
				.hasMessageContaining("no snapshots");
		}
		finally {
			try (Statement statement = keptOpen.createStatement()) {
				statement.execute("delete from snapshot_event_entry");
			}
		}
	}

	@Test
	void readsAStreamWithTheSameTimestampsAsAxon() {
		// These streams' sequence numbers are their positions, far apart: Axon's engine
		// reads them whole only when a batch spans them all.
		for (String aggregate : List.of("claim-0", "claim-1", "claim-2")) {
			List<Instant> expected = axons(builder(new AtomicInteger(), 100)).readEvents(aggregate)
				.asStream()
				.map(DomainEventMessage::getTimestamp)
				.collect(Collectors.toList());
			assertThat(trackers().readEvents(aggregate).asStream().map(DomainEventMessage::getTimestamp))
				.containsExactlyElementsOf(expected);
			assertThat(expected).isNotEmpty();
		}
	}

	@Test
	void readsAStreamShorterThanABatchInOneQueryAndAnyStreamWhole() throws SQLException {
		Map<String, List<Long>> streams = new LinkedHashMap<>();
		for (int length : new int[] { 1, 3, 4, 5, 8, 9 }) {
			streams.put("stream-" + length, LongStream.range(0, length).boxed().toList());
		}
		// Numbers missing, which no append of Axon's leaves but a batch must not stop at.
		streams.put("gaps", List.of(0L, 1L, 2L, 4L, 5L, 9L, 10L, 11L, 30L));
		long position = 1_000;
		try (PreparedStatement insert = keptOpen
			.prepareStatement("insert into domain_event_entry values (?, ?, ?, ?, 'Claim', ?, 'java.lang.String',"
					+ " null, ?, ?)")) {
			for (Map.Entry<String, List<Long>> stream : streams.entrySet()) {
				for (long sequence : stream.getValue()) {
					insert.setLong(1, position);
					insert.setString(2, "event-" + position++);
					insert.setString(3, stream.getKey());
					insert.setLong(4, sequence);
					insert.setString(5, "2021-07-18T06:00:00.125Z");
					insert.setBytes(6,
							("\"" + stream.getKey() + " " + sequence + "\"").getBytes(StandardCharsets.UTF_8));
					insert.setBytes(7, "{}".getBytes(StandardCharsets.UTF_8));
					insert.addBatch();
				}
			}
			insert.executeBatch();
		}
		try {
			for (Map.Entry<String, List<Long>> stream : streams.entrySet()) {
				AtomicInteger queries = new AtomicInteger();
				JdbcEventStorageEngine engine = TrackerEventStorageEngine.build(builder(queries, 4),
						new AxonConfiguration().eventSchema(), new LastHashes());
				List<Long> read = engine.readEvents(stream.getKey())
					.asStream()
					.map(DomainEventMessage::getSequenceNumber)
					.toList();
				assertThat(read).as(stream.getKey()).isEqualTo(stream.getValue());
				// A full batch is followed by one more query, a short one ends the
				// stream.
				assertThat(queries).as(stream.getKey()).hasValue(stream.getValue().size() / 4 + 1);
			}
			AtomicInteger axonQueries = new AtomicInteger();
			assertThat(axons(builder(axonQueries, 4)).readEvents("stream-3").asStream()).hasSize(3);
			assertThat(axonQueries).as("Axon's engine reads until a batch is empty").hasValue(2);
		}
		finally {
			try (Statement statement = keptOpen.createStatement()) {
				statement.execute("delete from domain_event_entry where global_index >= 1000");
			}
		}
	}

	@Test
	void aStoredTimestampIsReadAsAxonReadsIt() {
		Random random = new Random(18);
		for (int i = 0; i < 20_000; i++) {
			Instant at = Instant.ofEpochMilli(random.nextLong(-2_000_000_000_000L, 32_000_000_000_000L));
			String stored = DateTimeUtils.formatInstant(at);
			assertThat(StoredTimestamps.parse(stored)).as(stored)
				.isEqualTo(DateTimeUtils.parseInstant(stored))
				.isEqualTo(at);
		}
		for (String other : List.of("2021-07-18T09:30:00Z", "2021-07-18T09:30:00.123456Z",
				"2021-07-18T11:30:00.123+02:00", "2021-07-18t09:30:00.123z", "2024-02-29T23:59:59.999Z",
				"2021-07-18T24:00:00.000Z", "2021-02-29T00:00:00.000Z", "2021-07-18T09:3a:00.000Z",
				"2021-07-18T09:30:60.000Z", "+12021-07-18T09:30:00.000Z")) {
			Instant expected;
			try {
				expected = DateTimeUtils.parseInstant(other);
			}
			catch (RuntimeException refused) {
				assertThatThrownBy(() -> StoredTimestamps.parse(other)).as(other).isInstanceOf(refused.getClass());
				continue;
			}
			assertThat(StoredTimestamps.parse(other)).as(other).isEqualTo(expected);
		}
		assertThatThrownBy(() -> StoredTimestamps.parse("2021-02-29T00:00:00.000Z"))
			.isInstanceOf(RuntimeException.class);
	}

	@Test
	void anAppendWritesTheMomentItHashedAsAxonWouldWriteIt() {
		Random random = new Random(29);
		int written = 0;
		for (int i = 0; i < 20_000; i++) {
			Instant at = Instant.ofEpochSecond(random.nextLong(-100_000_000_000L, 300_000_000_000L),
					random.nextInt(1_000_000_000));
			if (ChainedAppend.writtenAsAxonWrites(at)) {
				assertThat(EventHash.recordedAtText(at)).as("%s", at).isEqualTo(DateTimeUtils.formatInstant(at));
				written++;
			}
		}
		assertThat(ChainedAppend.writtenAsAxonWrites(Instant.parse("9999-12-31T23:59:59.999Z"))).isTrue();
		assertThat(ChainedAppend.writtenAsAxonWrites(Instant.parse("1969-12-31T23:59:59.999Z"))).isFalse();
		assertThat(written).isGreaterThan(10_000);
	}

}
