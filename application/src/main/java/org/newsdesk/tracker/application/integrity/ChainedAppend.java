package org.newsdesk.tracker.application.integrity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.AppendEventsStatementBuilder;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.TimestampWriter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.newsdesk.tracker.integrity.EventHash;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Appends events as Axon does, with one addition: each event's metadata carries
 * {@value StoredEvents#HASH}, the hash of its stored content chained to the previous
 * event of the same aggregate. The hash is computed from the very bytes written, inside
 * the appending transaction; the previous hash is read in that transaction too, and the
 * unique (aggregate, sequence) constraint lets only one of two racing appends stand, so
 * the chain holds across threads and nodes.
 * <p>
 * The hash of the last event this node committed for an aggregate is kept, and the next
 * append to that aggregate chains to it without reading it back: one statement fewer for
 * every development on a claim held in memory. It is kept only once the transaction has
 * committed, and used only for the sequence number it was committed under, so after a
 * rolled back append, or another node's append in between, the hash is read from the
 * store as before.
 */
final class ChainedAppend implements AppendEventsStatementBuilder {

	/** How many aggregates' last hashes are kept; beyond it the memory starts afresh. */
	static final int REMEMBERED = 50_000;

	private final StoredEvents stored;

	private final Map<String, Committed> committed = new ConcurrentHashMap<>();

	ChainedAppend(StoredEvents stored) {
		this.stored = stored;
	}

	/** The hash of an aggregate's event at a sequence number, committed by this node. */
	private record Committed(long sequence, EventHash hash) {
	}

	@Override
	public PreparedStatement build(Connection connection, EventSchema schema, Class<?> dataType,
			List<? extends EventMessage<?>> events, Serializer serializer, TimestampWriter timestampWriter)
			throws SQLException {
		PreparedStatement statement = connection.prepareStatement("insert into " + schema.domainEventTable() + " ("
				+ schema.domainEventFields() + ") values (?,?,?,?,?,?,?,?,?)");
		Map<String, EventHash> latest = new HashMap<>();
		Map<String, Long> sequences = new HashMap<>();
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
			EventHash hash = EventHash.compute(previous, aggregate, sequence, payload.getType().getName(),
					payload.getData(), event.getTimestamp(), (recordedBy != null) ? recordedBy.toString() : null);
			latest.put(aggregate, hash);
			sequences.put(aggregate, sequence);
			SerializedObject<?> metaData = event.andMetaData(Map.of(StoredEvents.HASH, hash.hex()))
				.serializeMetaData(serializer, dataType);
			statement.setString(1, event.getIdentifier());
			statement.setString(2, aggregate);
			statement.setLong(3, sequence);
			statement.setString(4, event.getType());
			timestampWriter.writeTimestamp(statement, 5, event.getTimestamp());
			statement.setString(6, payload.getType().getName());
			statement.setString(7, payload.getType().getRevision());
			statement.setBytes(8, payload.getData());
			statement.setObject(9, metaData.getData());
			statement.addBatch();
		}
		rememberOnCommit(latest, sequences);
		return statement;
	}

	private EventHash previousHash(Connection connection, EventSchema schema, String aggregate, long sequence)
			throws SQLException {
		Committed last = this.committed.get(aggregate);
		if (last != null && last.sequence() == sequence - 1) {
			return last.hash();
		}
		return this.stored.hashOf(connection, schema, aggregate, sequence - 1);
	}

	/**
	 * Keeps the hashes just computed once the appending transaction commits; outside a
	 * transaction Spring knows of, nothing is kept and the next append reads the store.
	 */
	private void rememberOnCommit(Map<String, EventHash> latest, Map<String, Long> sequences) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				if (ChainedAppend.this.committed.size() + latest.size() > REMEMBERED) {
					ChainedAppend.this.committed.clear();
				}
				latest.forEach((aggregate, hash) -> ChainedAppend.this.committed.put(aggregate,
						new Committed(sequences.get(aggregate), hash)));
			}
		});
	}

	private static DomainEventMessage<?> asDomainEvent(EventMessage<?> event) {
		if (event instanceof DomainEventMessage<?> domain) {
			return domain;
		}
		return new GenericDomainEventMessage<>(null, event.getIdentifier(), 0L, event, event::getTimestamp);
	}

}
