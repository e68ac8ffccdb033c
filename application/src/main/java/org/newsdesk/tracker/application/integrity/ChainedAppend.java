package org.newsdesk.tracker.application.integrity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.AppendEventsStatementBuilder;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.TimestampWriter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.newsdesk.tracker.integrity.EventHash;

/**
 * Appends events as Axon does, with one addition: each event's metadata carries
 * {@value StoredEvents#HASH}, the hash of its stored content chained to the previous
 * event of the same aggregate. The hash is computed from the very bytes written, inside
 * the appending transaction; the previous hash is read in that transaction too, and the
 * unique (aggregate, sequence) constraint lets only one of two racing appends stand, so
 * the chain holds across threads and nodes.
 * <p>
 * The previous hash is read back from the store only when {@link LastHashes} does not
 * know it: for a claim appended to or loaded by this node, it does.
 */
final class ChainedAppend implements AppendEventsStatementBuilder {

	/** 10000-01-01T00:00:00Z. */
	private static final long LAST_FOUR_DIGIT_SECOND = 253402300800L;

	private final StoredEvents stored;

	private final LastHashes lastHashes;

	ChainedAppend(StoredEvents stored, LastHashes lastHashes) {
		this.stored = stored;
		this.lastHashes = lastHashes;
	}

	@Override
	public PreparedStatement build(Connection connection, EventSchema schema, Class<?> dataType,
			List<? extends EventMessage<?>> events, Serializer serializer, TimestampWriter timestampWriter)
			throws SQLException {
		PreparedStatement statement = connection.prepareStatement("insert into " + schema.domainEventTable() + " ("
				+ schema.domainEventFields() + ") values (?,?,?,?,?,?,?,?,?)");
		Map<String, EventHash> latest = new HashMap<>();
		for (EventMessage<?> message : events) {
			DomainEventMessage<?> event = asDomainEvent(message);
			String aggregate = event.getAggregateIdentifier();
			long sequence = event.getSequenceNumber();
			SerializedObject<byte[]> payload = event.serializePayload(serializer, byte[].class);
			EventHash previous = latest.get(aggregate);
			if (previous == null) {
				previous = (sequence == 0) ? EventHash.NONE : previousHash(connection, schema, aggregate, sequence);
			}
			Object recordedBy = event.getMetaData().get(StoredEvents.RECORDED_BY);
			Instant timestamp = event.getTimestamp();
			String recordedAt = EventHash.recordedAtText(timestamp);
			EventHash hash = EventHash.compute(previous, aggregate, sequence, payload.getType().getName(),
					payload.getData(), recordedAt, (recordedBy != null) ? recordedBy.toString() : null);
			latest.put(aggregate, hash);
			this.lastHashes.onCommit(aggregate, sequence, hash);
			SerializedObject<?> metaData = event.andMetaData(Map.of(StoredEvents.HASH, hash.hex()))
				.serializeMetaData(serializer, dataType);
			statement.setString(1, event.getIdentifier());
			statement.setString(2, aggregate);
			statement.setLong(3, sequence);
			statement.setString(4, event.getType());
			if (writtenAsAxonWrites(timestamp)) {
				// The text just hashed: Axon's writer would format the moment once more,
				// with a general formatter, to the same characters.
				statement.setString(5, recordedAt);
			}
			else {
				timestampWriter.writeTimestamp(statement, 5, timestamp);
			}
			statement.setString(6, payload.getType().getName());
			statement.setString(7, payload.getType().getRevision());
			statement.setBytes(8, payload.getData());
			statement.setObject(9, metaData.getData());
			statement.addBatch();
		}
		return statement;
	}

	/**
	 * Whether {@link EventHash#recordedAtText} writes this moment exactly as Axon's
	 * timestamp writer does: for the years 1970 to 9999.
	 */
	static boolean writtenAsAxonWrites(Instant timestamp) {
		return timestamp.getEpochSecond() >= 0 && timestamp.getEpochSecond() < LAST_FOUR_DIGIT_SECOND;
	}

	private EventHash previousHash(Connection connection, EventSchema schema, String aggregate, long sequence)
			throws SQLException {
		EventHash known = this.lastHashes.at(aggregate, sequence - 1);
		return (known != null) ? known : this.stored.hashOf(connection, schema, aggregate, sequence - 1);
	}

	private static DomainEventMessage<?> asDomainEvent(EventMessage<?> event) {
		if (event instanceof DomainEventMessage<?> domain) {
			return domain;
		}
		return new GenericDomainEventMessage<>(null, event.getIdentifier(), 0L, event, event::getTimestamp);
	}

}
