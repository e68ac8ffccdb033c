package org.newsdesk.tracker.application.admin;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.newsdesk.tracker.application.web.Rebuilding;
import org.newsdesk.tracker.projections.audit.AuditProjection;
import org.newsdesk.tracker.projections.board.BoardProjection;
import org.newsdesk.tracker.projections.common.ReadModelIndexes;
import org.newsdesk.tracker.projections.registers.RegistersProjection;
import org.newsdesk.tracker.projections.timeline.TimelineProjection;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The projections and their operation: position, lag, rebuild. Everything is read from
 * the database (tokens, rebuilds, the event store's head), so every node reports the
 * same.
 */
@Service
public class Projections {

	public static final List<String> NAMES = List.of(BoardProjection.NAME, TimelineProjection.NAME,
			RegistersProjection.NAME, AuditProjection.NAME);

	/**
	 * The table whose secondary indexes a large rebuild sets aside
	 * ({@link ReadModelIndexes}), by projection.
	 */
	private static final Map<String, String> INDEXED_TABLES = Map.of(TimelineProjection.NAME, "rm_timeline",
			AuditProjection.NAME, "rm_audit");

	private static final Logger logger = LoggerFactory.getLogger(Projections.class);

	private final EventProcessingConfiguration processing;

	private final JdbcTemplate jdbc;

	private final Serializer serializer;

	private final ProjectionFailures failures;

	private final ReadModelIndexes indexes;

	private final TransactionTemplate transactions;

	Projections(EventProcessingConfiguration processing, JdbcTemplate jdbc, Serializer serializer, MeterRegistry meters,
			ProjectionFailures failures, ReadModelIndexes indexes, PlatformTransactionManager transactions) {
		this.processing = processing;
		this.indexes = indexes;
		this.transactions = new TransactionTemplate(transactions);
		this.failures = failures;
		this.jdbc = jdbc;
		this.serializer = serializer;
		for (String name : NAMES) {
			Gauge.builder("tracker.projection.lag.events", () -> status(name).lagEvents())
				.description("Stored events a projection has yet to apply")
				.tag("projection", name)
				.register(meters);
			Gauge.builder("tracker.projection.lag.seconds", () -> status(name).lagSeconds())
				.description("Age of the oldest stored event a projection has yet to apply")
				.baseUnit("seconds")
				.tag("projection", name)
				.register(meters);
		}
	}

	private record Rebuild(Instant startedAt, long headAtStart, Instant completedAt) {
	}

	public List<ProjectionStatus> all() {
		return NAMES.stream().map(this::status).toList();
	}

	public boolean exists(String name) {
		return NAMES.contains(name);
	}

	public ProjectionStatus status(String name) {
		long head = head();
		long position = position(name);
		long lag = Math.max(0, head - position);
		double lagSeconds = 0;
		if (lag > 0) {
			List<String> oldest = this.jdbc
				.queryForList("select time_stamp from domain_event_entry where global_index > ? order by global_index"
						+ " fetch first 1 rows only", String.class, position);
			if (!oldest.isEmpty()) {
				lagSeconds = Math.max(0,
						Duration.between(Instant.parse(oldest.get(0)), Instant.now()).toMillis() / 1000.0);
			}
		}
		Optional<Rebuild> rebuild = this.jdbc
			.query("select started_at, head_at_start, completed_at from projection_rebuild where processor_name = ?",
					(row, n) -> new Rebuild(row.getTimestamp(1).toInstant(), row.getLong(2),
							(row.getTimestamp(3) != null) ? row.getTimestamp(3).toInstant() : null),
					name)
			.stream()
			.findFirst();
		Instant startedAt = rebuild.map(Rebuild::startedAt).orElse(null);
		Instant completedAt = rebuild.map(Rebuild::completedAt).orElse(null);
		Double progress = null;
		Double rate = null;
		String state = state(name);
		if (rebuild.isPresent() && completedAt == null) {
			long target = rebuild.get().headAtStart();
			if (position >= target && setAside(name)) {
				// Every event is applied; the indexes set aside are being built again.
				state = "REBUILDING";
				progress = 100.0;
			}
			else if (position >= target) {
				completedAt = Instant.now();
				this.jdbc.update("update projection_rebuild set completed_at = ? where processor_name = ?"
						+ " and completed_at is null", Timestamp.from(completedAt), name);
			}
			else {
				state = "REBUILDING";
				progress = (target <= 0) ? 100.0 : Math.max(0, position) * 100.0 / target;
				double seconds = Math.max(0.001, Duration.between(startedAt, Instant.now()).toMillis() / 1000.0);
				rate = Math.max(0, position) / seconds;
			}
		}
		String failure = null;
		if (!"STOPPED".equals(state)) {
			Optional<ProjectionFailures.Failure> unresolved = this.failures.unresolved(name, position);
			if (unresolved.isPresent()) {
				state = "ERROR";
				failure = unresolved.get().text();
			}
		}
		return new ProjectionStatus(name, state, position, head, lag, lagSeconds, progress, rate, startedAt,
				completedAt, failure);
	}

	/**
	 * Refuses a read of projections being rebuilt, rather than answer from half-built
	 * tables: while the rebuild runs, and also when a failure holds it up before it has
	 * applied every event it had to (its tables are just as incomplete, and may lack the
	 * indexes it set aside).
	 */
	public void requireBuilt(String... names) {
		for (String name : names) {
			Integer open = this.jdbc.queryForObject(
					"select count(*) from projection_rebuild where processor_name = ?" + " and completed_at is null",
					Integer.class, name);
			if (open == null || open == 0) {
				continue;
			}
			ProjectionStatus status = status(name);
			if (status.rebuildCompletedAt() == null) {
				// Held up when in ERROR with events left; past them, the indexes set
				// aside are built and the rebuild completes without anyone's help.
				boolean heldUp = "ERROR".equals(status.state()) && status.progressPercent() != null
						&& status.progressPercent() < 100.0;
				throw new Rebuilding(name, status.progressPercent(), heldUp);
			}
		}
	}

	/**
	 * Replays the projection from the first event: its tokens are reset (its reset
	 * handler empties its tables) and it is started again. Reads of it answer
	 * "rebuilding" until it has caught up with the head the store had now.
	 */
	public ProjectionStatus rebuild(String name) {
		StreamingEventProcessor processor = processor(name);
		processor.shutDown();
		this.failures.forget(name);
		long head = head();
		try {
			// One transaction: the rebuild's record, its reset tokens, its emptied tables
			// and the indexes it set aside are seen together or not at all, so that no
			// check in between finds the new record beside the old position and calls it
			// done.
			this.transactions.executeWithoutResult((transaction) -> {
				this.jdbc.update("delete from projection_rebuild where processor_name = ?", name);
				this.jdbc.update(
						"insert into projection_rebuild (processor_name, started_at, head_at_start) values (?, ?, ?)",
						name, Timestamp.from(Instant.now()), head);
				processor.resetTokens();
			});
		}
		catch (UnableToClaimTokenException ex) {
			throw new RebuildRefused(name);
		}
		finally {
			processor.start();
		}
		return status(name);
	}

	/**
	 * Builds the indexes a rebuild set aside once it has applied every event it had to,
	 * then marks it done. A set-aside no rebuild is waiting on (a reset made some other
	 * way) is undone at once. Every node does this; the database lets one build each
	 * index.
	 */
	@Scheduled(initialDelayString = "${tracker.projections.index-check-interval:PT1S}",
			fixedDelayString = "${tracker.projections.index-check-interval:PT1S}")
	public void finishRebuilds() {
		INDEXED_TABLES.forEach((name, table) -> {
			if (!this.indexes.isSetAside(table)) {
				return;
			}
			List<Long> open = this.jdbc.queryForList(
					"select head_at_start from projection_rebuild where processor_name = ? and completed_at is null",
					Long.class, name);
			if ((open.isEmpty() || position(name) >= open.get(0)) && restore(name, table)) {
				status(name);
			}
		});
	}

	/**
	 * Builds the indexes set aside for one table, in a transaction of its own: without
	 * the role's statement timeout, which a build at a million rows may outlast, and
	 * giving up after a while if another transaction holds the table (the next check
	 * tries again).
	 */
	private boolean restore(String name, String table) {
		long started = System.nanoTime();
		try {
			Integer built = this.transactions.execute((transaction) -> {
				this.jdbc.execute("set local statement_timeout = 0");
				this.jdbc.execute("set local lock_timeout = '10s'");
				return this.indexes.restore(table);
			});
			logger.info("Built {} index(es) of {} set aside for the {} projection's rebuild, in {} ms", built, table,
					name, (System.nanoTime() - started) / 1_000_000);
			return true;
		}
		catch (DataAccessException ex) {
			// The rebuild stays unfinished, and reads of it refused, until this works.
			logger.error("Could not build the indexes of {} set aside for the {} projection's rebuild; trying again",
					table, name, ex);
			return false;
		}
	}

	private boolean setAside(String name) {
		String table = INDEXED_TABLES.get(name);
		return table != null && this.indexes.isSetAside(table);
	}

	private StreamingEventProcessor processor(String name) {
		return this.processing.eventProcessor(name, StreamingEventProcessor.class)
			.orElseThrow(() -> new IllegalStateException("no streaming processor " + name));
	}

	private String state(String name) {
		Optional<StreamingEventProcessor> processor = this.processing.eventProcessor(name,
				StreamingEventProcessor.class);
		if (processor.isEmpty() || !processor.get().isRunning()) {
			return "STOPPED";
		}
		if (processor.get().isError()) {
			return "ERROR";
		}
		return "RUNNING";
	}

	/**
	 * Waits, at most the timeout, until the projection has applied every event stored
	 * now, so that the page an editor sees next shows what they have just recorded.
	 * @return whether it caught up in time
	 */
	public boolean awaitCaughtUp(String name, Duration timeout) {
		long head = head();
		long deadline = System.nanoTime() + timeout.toNanos();
		while (position(name) < head) {
			if (System.nanoTime() > deadline) {
				return false;
			}
			java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
		}
		return true;
	}

	private long head() {
		Long head = this.jdbc.queryForObject("select max(global_index) from domain_event_entry", Long.class);
		return (head != null) ? head : -1;
	}

	/**
	 * The lowest position over the projection's segments, from the shared token table.
	 */
	private long position(String name) {
		List<Map<String, Object>> tokens = this.jdbc
			.queryForList("select token, token_type from token_entry where processor_name = ?", name);
		long lowest = Long.MAX_VALUE;
		for (Map<String, Object> row : tokens) {
			byte[] bytes = (byte[]) row.get("token");
			if (bytes == null) {
				return -1;
			}
			TrackingToken token = this.serializer
				.deserialize(new SimpleSerializedObject<>(bytes, byte[].class, (String) row.get("token_type"), null));
			lowest = Math.min(lowest, token.position().orElse(-1));
		}
		return (lowest == Long.MAX_VALUE) ? -1 : lowest;
	}

}
