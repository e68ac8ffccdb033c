package org.newsdesk.tracker.application.integrity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;

import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.newsdesk.tracker.application.store.AxonConfiguration;
import org.newsdesk.tracker.integrity.EventHash;
import org.postgresql.PGStatement;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Reads stored events for the hash chain, its verification and the checkpoints. */
@Component
public class StoredEvents {

	/** The metadata field that holds an event's chained hash, in hex. */
	public static final String HASH = "hash";

	static final String RECORDED_BY = AxonConfiguration.RECORDED_BY;

	static final String COLUMNS = "global_index, aggregate_identifier, sequence_number, payload_type, time_stamp,"
			+ " payload, meta_data";

	private static final int FETCH_SIZE = 2000;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate reading;

	StoredEvents(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
	}

	/**
	 * Runs a long read in a read-only transaction: PostgreSQL's driver fetches rows in
	 * chunks only outside auto-commit, and would otherwise hold the whole result in
	 * memory.
	 */
	private void streamed(Runnable read) {
		this.reading.executeWithoutResult((status) -> read.run());
	}

	static StoredEvent row(ResultSet row) throws SQLException {
		return new StoredEvent(row.getLong(1), row.getString(2), row.getLong(3), row.getString(4), row.getString(5),
				row.getBytes(6), row.getBytes(7));
	}

	/**
	 * The chained hash of a stored event, read in the appending transaction. An event
	 * stored before hashes were kept has its hash recomputed from its stream.
	 */
	EventHash hashOf(Connection connection, EventSchema schema, String aggregate, long sequence) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("select meta_data from "
				+ schema.domainEventTable() + " where aggregate_identifier = ? and sequence_number = ?")) {
			statement.setString(1, aggregate);
			statement.setLong(2, sequence);
			try (ResultSet result = statement.executeQuery()) {
				if (result.next()) {
					String hash = ChainVerifier.metaText(result.getBytes(1), HASH);
					if (hash != null) {
						return EventHash.fromHex(hash);
					}
				}
			}
		}
		EventHash hash = EventHash.NONE;
		try (PreparedStatement statement = connection
			.prepareStatement("select " + COLUMNS + " from " + schema.domainEventTable()
					+ " where aggregate_identifier = ? and sequence_number <= ?" + " order by sequence_number")) {
			statement.setString(1, aggregate);
			statement.setLong(2, sequence);
			try (ResultSet result = statement.executeQuery()) {
				while (result.next()) {
					hash = ChainVerifier.hash(hash, row(result));
				}
			}
		}
		return hash;
	}

	/**
	 * Rows read in chunks; on PostgreSQL also in binary, which spares decoding every
	 * payload from hexadecimal text.
	 */
	private static PreparedStatement streaming(PreparedStatement statement) throws SQLException {
		statement.setFetchSize(FETCH_SIZE);
		if (statement.isWrapperFor(PGStatement.class)) {
			statement.unwrap(PGStatement.class).setPrepareThreshold(-1);
		}
		return statement;
	}

	/** Every stored event, stream by stream, each in sequence order. */
	void byStream(Consumer<StoredEvent> consumer) {
		streamed(() -> this.jdbc.query((connection) -> {
			PreparedStatement statement = connection.prepareStatement(
					"select " + COLUMNS + " from domain_event_entry order by aggregate_identifier, sequence_number");
			return streaming(statement);
		}, (row) -> {
			consumer.accept(row(row));
		}));
	}

	/** Every stored event from a position on, in the order of the store. */
	void inOrder(long after, Consumer<StoredEvent> consumer) {
		streamed(() -> this.jdbc.query((connection) -> {
			PreparedStatement statement = connection.prepareStatement(
					"select " + COLUMNS + " from domain_event_entry where global_index > ?" + " order by global_index");
			statement.setLong(1, after);
			return streaming(statement);
		}, (row) -> {
			consumer.accept(row(row));
		}));
	}

	/**
	 * The recorded hashes of the events up to a position, in the order of the store: the
	 * entries of the Merkle tree a checkpoint seals.
	 */
	List<byte[]> hashesUpTo(long lastGlobalIndex) {
		FlatHashes hashes = new FlatHashes();
		streamed(() -> this.jdbc.query((connection) -> {
			PreparedStatement statement = connection.prepareStatement(
					"select meta_data from domain_event_entry where global_index <= ? order by global_index");
			statement.setLong(1, lastGlobalIndex);
			return streaming(statement);
		}, (row) -> {
			String hash = ChainVerifier.metaText(row.getBytes(1), HASH);
			if (hash == null) {
				throw new IllegalStateException("an event up to position " + lastGlobalIndex + " carries no hash");
			}
			hashes.add(EventHash.fromHex(hash).bytes());
		}));
		return hashes;
	}

	/**
	 * Hashes kept back to back in one array: a million of them take 32 MB instead of
	 * about 56 MB as separate arrays.
	 */
	static final class FlatHashes extends java.util.AbstractList<byte[]> {

		private byte[] bytes = new byte[EventHash.SIZE * 1024];

		private int size;

		@Override
		public boolean add(byte[] hash) {
			if (hash.length != EventHash.SIZE) {
				throw new IllegalArgumentException("an event hash has " + EventHash.SIZE + " bytes");
			}
			if ((this.size + 1) * EventHash.SIZE > this.bytes.length) {
				this.bytes = java.util.Arrays.copyOf(this.bytes, this.bytes.length * 2);
			}
			System.arraycopy(hash, 0, this.bytes, this.size * EventHash.SIZE, EventHash.SIZE);
			this.size++;
			return true;
		}

		@Override
		public byte[] get(int index) {
			java.util.Objects.checkIndex(index, this.size);
			return java.util.Arrays.copyOfRange(this.bytes, index * EventHash.SIZE, (index + 1) * EventHash.SIZE);
		}

		@Override
		public int size() {
			return this.size;
		}

	}

}
