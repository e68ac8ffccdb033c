package org.newsdesk.tracker.application.integrity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.TreeSet;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.newsdesk.tracker.integrity.EventHash;

/**
 * Axon's relational event storage, reading each stored timestamp once and quickly
 * ({@link StoredTimestamps}) instead of parsing it with a general formatter every time it
 * is asked for: once to decide whether a missing position may still fill, and again for
 * each message. The tracking tokens are Axon's own: {@link #getTrackedEventData} follows
 * {@link JdbcEventStorageEngine}'s rule step for step with the same settings, and
 * {@code TrackerEventStorageEngineTest} holds the two to the same answers.
 */
final class TrackerEventStorageEngine extends JdbcEventStorageEngine {

	/** Axon's defaults, set explicitly because the token rule below depends on them. */
	static final long LOWEST_GLOBAL_SEQUENCE = 1;

	static final int MAX_GAP_OFFSET = 10_000;

	static final int GAP_TIMEOUT_MILLIS = 60_000;

	/**
	 * The least time between two reads of the embedded event store's producer: the window
	 * in which commits wake it ({@code CoalescingEventStore}).
	 */
	static final Duration PRODUCER_INTERVAL = Duration.ofMillis(20);

	private final EventSchema schema;

	private final LastHashes lastHashes;

	private final ProducerReads producerReads = new ProducerReads(PRODUCER_INTERVAL, System::nanoTime,
			LockSupport::parkNanos);

	private TrackerEventStorageEngine(Builder builder, EventSchema schema, LastHashes lastHashes) {
		super(builder);
		this.schema = schema;
		this.lastHashes = lastHashes;
	}

	/**
	 * The engine for this builder, with Axon's gap settings made explicit.
	 * @param schema the schema the builder was given
	 * @param lastHashes told the hash of each aggregate event read, for the next append
	 */
	static TrackerEventStorageEngine build(Builder builder, EventSchema schema, LastHashes lastHashes) {
		return new TrackerEventStorageEngine(builder.schema(schema)
			.readEventDataForAggregate(TrackerEventStorageEngine::readStream)
			.lowestGlobalSequence(LOWEST_GLOBAL_SEQUENCE)
			.maxGapOffset(MAX_GAP_OFFSET)
			.gapTimeout(GAP_TIMEOUT_MILLIS), schema, lastHashes);
	}

	/**
	 * New events for the embedded event store's producer, the one reader that may block
	 * ({@code mayBlock}): read at most once per {@link #PRODUCER_INTERVAL}, and only
	 * until a batch is short instead of until one is empty ({@link ProducerReads}). The
	 * processors' own streams, which catch up from further back, are read as Axon reads
	 * them.
	 */
	@Override
	protected Stream<? extends TrackedEventData<?>> readEventData(TrackingToken trackingToken, boolean mayBlock) {
		if (!mayBlock) {
			return super.readEventData(trackingToken, false);
		}
		return this.producerReads.read((TrackedEventData<?> last) -> fetchTrackedEvents(
				(last == null) ? trackingToken : last.trackingToken(), batchSize()), batchSize());
	}

	@Override
	protected TrackedEventData<?> getTrackedEventData(ResultSet resultSet, GapAwareTrackingToken previousToken)
			throws SQLException {
		long globalSequence = resultSet.getLong(this.schema.globalIndexColumn());
		String aggregateIdentifier = resultSet.getString(this.schema.aggregateIdentifierColumn());
		String eventIdentifier = resultSet.getString(this.schema.eventIdentifierColumn());
		// An event stored outside an aggregate has its own identifier as aggregate.
		Entry event = entry(resultSet, eventIdentifier.equals(aggregateIdentifier) ? null : aggregateIdentifier,
				eventIdentifier);
		boolean allowGaps = event.getTimestamp().isAfter(gapTimeoutFrame());
		GapAwareTrackingToken token;
		if (previousToken == null) {
			token = GapAwareTrackingToken.newInstance(globalSequence,
					allowGaps ? LongStream.range(Math.min(LOWEST_GLOBAL_SEQUENCE, globalSequence), globalSequence)
						.boxed()
						.collect(Collectors.toCollection(TreeSet::new)) : Collections.emptySortedSet());
		}
		else {
			token = previousToken.advanceTo(globalSequence, allowGaps ? MAX_GAP_OFFSET : 0);
		}
		return new TrackedDomainEventData<>(token, event);
	}

	/**
	 * An event of an aggregate's stream, read to load the aggregate; its recorded hash is
	 * noted, so that the append that follows need not read it again.
	 */
	@Override
	protected DomainEventData<?> getDomainEventData(ResultSet resultSet) throws SQLException {
		Entry event = entry(resultSet, resultSet.getString(this.schema.aggregateIdentifierColumn()),
				resultSet.getString(this.schema.eventIdentifierColumn()));
		if (event.getMetaData().getData() instanceof byte[] metaData) {
			String hash = ChainVerifier.metaText(metaData, StoredEvents.HASH);
			if (hash != null) {
				this.lastHashes.onCommit(event.getAggregateIdentifier(), event.getSequenceNumber(),
						EventHash.fromHex(hash));
			}
		}
		return event;
	}

	/**
	 * The next events of an aggregate's stream: the first {@code batchSize} from
	 * {@code firstSequenceNumber} on. Axon's statement asks for the sequence numbers
	 * {@code firstSequenceNumber} to {@code firstSequenceNumber + batchSize - 1} instead,
	 * so a batch shorter than that could be a gap in the numbers as well as the stream's
	 * end, and Axon's engine reads again until a batch comes back empty: for every
	 * aggregate loaded, a second query that finds nothing (about half of the stream reads
	 * under the benchmark's appends). Counted instead of ranged, a shorter batch is the
	 * end of the stream whatever its numbers, and the stream is read in one query when it
	 * is shorter than a batch ({@link #fetchForAggregateUntilEmpty}).
	 */
	static PreparedStatement readStream(Connection connection, EventSchema schema, String aggregateIdentifier,
			long firstSequenceNumber, int batchSize) throws SQLException {
		PreparedStatement statement = connection
			.prepareStatement("select " + schema.trackedEventFields() + " from " + schema.domainEventTable() + " where "
					+ schema.aggregateIdentifierColumn() + " = ? and " + schema.sequenceNumberColumn()
					+ " >= ? order by " + schema.sequenceNumberColumn() + " fetch first ? rows only");
		statement.setString(1, aggregateIdentifier);
		statement.setLong(2, firstSequenceNumber);
		statement.setInt(3, batchSize);
		return statement;
	}

	/** A batch shorter than asked for ends the stream: see {@link #readStream}. */
	@Override
	protected boolean fetchForAggregateUntilEmpty() {
		return false;
	}

	/**
	 * The tracker takes no snapshots (ADR 0010): every aggregate is folded from its
	 * stream, and the snapshot table stays empty. Asking it anyway cost a query for every
	 * aggregate loaded from the store: for a development whose claim is not in memory,
	 * one of six statements besides the commit.
	 */
	@Override
	protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
		return Stream.empty();
	}

	/** Refused rather than written where no read would find it. */
	@Override
	protected void storeSnapshot(DomainEventMessage<?> snapshot, Serializer serializer) {
		throw new UnsupportedOperationException(
				"the tracker keeps no snapshots: aggregates are folded from their" + " streams (ADR 0010)");
	}

	private Entry entry(ResultSet resultSet, String aggregateIdentifier, String eventIdentifier) throws SQLException {
		return new Entry(resultSet.getString(this.schema.typeColumn()), aggregateIdentifier,
				resultSet.getLong(this.schema.sequenceNumberColumn()), eventIdentifier,
				readTimeStamp(resultSet, this.schema.timestampColumn()),
				resultSet.getString(this.schema.payloadTypeColumn()),
				resultSet.getString(this.schema.payloadRevisionColumn()),
				readPayload(resultSet, this.schema.payloadColumn()),
				readPayload(resultSet, this.schema.metaDataColumn()));
	}

	private static Instant gapTimeoutFrame() {
		return GenericEventMessage.clock.instant().minus(GAP_TIMEOUT_MILLIS, ChronoUnit.MILLIS);
	}

	/** A stored event whose timestamp is read once, when first asked for. */
	static final class Entry extends GenericDomainEventEntry<Object> {

		private final Object storedTimestamp;

		private Instant timestamp;

		Entry(String type, String aggregateIdentifier, long sequenceNumber, String eventIdentifier, Object timestamp,
				String payloadType, String payloadRevision, Object payload, Object metaData) {
			super(type, aggregateIdentifier, sequenceNumber, eventIdentifier, timestamp, payloadType, payloadRevision,
					payload, metaData);
			this.storedTimestamp = timestamp;
		}

		@Override
		public Instant getTimestamp() {
			Instant read = this.timestamp;
			if (read == null) {
				read = (this.storedTimestamp instanceof String text) ? StoredTimestamps.parse(text)
						: super.getTimestamp();
				this.timestamp = read;
			}
			return read;
		}

	}

}
