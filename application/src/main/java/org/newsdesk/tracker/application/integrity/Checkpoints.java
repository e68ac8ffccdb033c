package org.newsdesk.tracker.application.integrity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.axonframework.common.DateTimeUtils;
import org.newsdesk.tracker.integrity.Checkpoint;
import org.newsdesk.tracker.integrity.MerkleTree;
import org.newsdesk.tracker.integrity.NoteSigner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Seals and keeps checkpoints: at each interval, a signed Merkle root over the hashes of
 * every event up to a position that no transaction still in flight can write below. Every
 * node may try; the first to store a size wins and the others find it taken.
 */
@Component
public class Checkpoints {

	private static final Logger logger = LoggerFactory.getLogger(Checkpoints.class);

	private final JdbcTemplate jdbc;

	private final StoredEvents events;

	private final CheckpointKeys keys;

	private final IntegrityProperties properties;

	private final Clock clock;

	private final boolean postgres;

	Checkpoints(JdbcTemplate jdbc, StoredEvents events, CheckpointKeys keys, IntegrityProperties properties,
			Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.keys = keys;
		this.properties = properties;
		this.clock = clock;
		this.postgres = jdbc.execute((java.sql.Connection connection) -> connection.getMetaData()
			.getDatabaseProductName()
			.toLowerCase(java.util.Locale.ROOT)
			.contains("postgres"));
	}

	@Scheduled(initialDelayString = "${tracker.integrity.checkpoint-interval:PT1M}",
			fixedDelayString = "${tracker.integrity.checkpoint-interval:PT1M}")
	void sealOnSchedule() {
		try {
			seal();
		}
		catch (RuntimeException ex) {
			logger.error("Could not seal a checkpoint", ex);
		}
	}

	/** Seals a checkpoint over what has been stored since the last, if anything has. */
	public Optional<ChainVerifier.SealedCheckpoint> seal() {
		Optional<NoteSigner> signer = this.keys.signer();
		if (signer.isEmpty()) {
			return Optional.empty();
		}
		Long position = sealablePosition();
		Optional<ChainVerifier.SealedCheckpoint> last = latest();
		if (position == null || (last.isPresent() && position <= last.get().lastGlobalIndex())) {
			return Optional.empty();
		}
		List<byte[]> hashes = this.events.hashesUpTo(position);
		if (last.isPresent() && hashes.size() <= last.get().size()) {
			return Optional.empty();
		}
		byte[] root = MerkleTree.root(hashes);
		String note = Checkpoint.sign(this.keys.origin(), hashes.size(), root, signer.get());
		try {
			this.jdbc.update(
					"insert into integrity_checkpoint (tree_size, last_global_index, root_hash, note, sealed_at)"
							+ " values (?, ?, ?, ?, ?)",
					(long) hashes.size(), position, root, note, Timestamp.from(this.clock.instant()));
		}
		catch (DuplicateKeyException ex) {
			logger.debug("checkpoint {} was sealed by another node", hashes.size());
		}
		return Optional.of(new ChainVerifier.SealedCheckpoint(hashes.size(), position, note));
	}

	/**
	 * The last position no transaction in flight can still write below: events stored
	 * before the seal delay, and on PostgreSQL before the oldest transaction that is
	 * still writing.
	 */
	private Long sealablePosition() {
		Instant horizon = this.clock.instant().minus(this.properties.sealDelay());
		if (this.postgres) {
			Timestamp oldestWriter = this.jdbc.queryForObject("select min(xact_start) from pg_stat_activity"
					+ " where backend_xid is not null and pid <> pg_backend_pid()", Timestamp.class);
			if (oldestWriter != null && oldestWriter.toInstant().isBefore(horizon)) {
				horizon = oldestWriter.toInstant();
			}
		}
		return this.jdbc.queryForObject("select max(global_index) from domain_event_entry where time_stamp < ?",
				Long.class, DateTimeUtils.formatInstant(horizon));
	}

	public Optional<ChainVerifier.SealedCheckpoint> latest() {
		return this.jdbc
			.query("select tree_size, last_global_index, note from integrity_checkpoint"
					+ " order by tree_size desc fetch first 1 rows only", (row, n) -> sealed(row))
			.stream()
			.findFirst();
	}

	public Optional<ChainVerifier.SealedCheckpoint> ofSize(long size) {
		return this.jdbc
			.query("select tree_size, last_global_index, note from integrity_checkpoint where tree_size = ?",
					(row, n) -> sealed(row), size)
			.stream()
			.findFirst();
	}

	public List<ChainVerifier.SealedCheckpoint> all() {
		return this.jdbc.query("select tree_size, last_global_index, note from integrity_checkpoint order by tree_size",
				(row, n) -> sealed(row));
	}

	private static ChainVerifier.SealedCheckpoint sealed(java.sql.ResultSet row) throws java.sql.SQLException {
		return new ChainVerifier.SealedCheckpoint(row.getLong(1), row.getLong(2), row.getString(3));
	}

}
