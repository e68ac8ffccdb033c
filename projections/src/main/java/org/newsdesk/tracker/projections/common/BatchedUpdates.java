package org.newsdesk.tracker.projections.common;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The statements a projection issues while its processor handles one batch of events,
 * sent to the database when the batch commits, each run of the same statement as one JDBC
 * batch. They run in the batch's transaction, with its token, so a batch that fails
 * writes nothing and is handled again: exactly once, as before, with one round trip for
 * many rows instead of one per row.
 * <p>
 * Every statement names what it writes (its key: a row, or the rows of one development)
 * and writes nothing else. The statements of one key are sent in the order they were
 * issued; those of different keys do not depend on each other, so a statement joins the
 * earliest run of the same statement that comes after the last one of its key: a batch of
 * inserts with a few corrections among them is sent as one batch of inserts and one of
 * corrections, not as many short ones.
 * <p>
 * A handler that reads a row this batch may have written calls {@link #flushIfTouched}
 * first. Outside a unit of work (a reset, a test) statements run at once.
 */
public final class BatchedUpdates {

	private final JdbcTemplate jdbc;

	private final String resource;

	public BatchedUpdates(JdbcTemplate jdbc, String name) {
		this.jdbc = jdbc;
		this.resource = BatchedUpdates.class.getName() + "." + name;
	}

	/**
	 * Issues a statement that writes the rows {@code key} names, and no others, so that
	 * {@link #flushIfTouched} knows to send it before they are read.
	 */
	public void touching(String key, String sql, Object... arguments) {
		if (!ProcessorBatch.active()) {
			this.jdbc.update(sql, arguments);
			return;
		}
		Pending pending = ProcessorBatch.resource(this.resource, Pending::new, Pending::send);
		pending.statements.add(new Statement(sql, key, arguments));
		pending.touched.add(key);
	}

	/**
	 * Sends what this batch has issued so far if any of it writes the row {@code key}
	 * names, so that a query of that row sees it; a read of a row this batch has not
	 * written needs nothing sent first.
	 */
	public void flushIfTouched(String key) {
		Pending pending = ProcessorBatch.existing(this.resource);
		if (pending != null && pending.touched.contains(key)) {
			pending.send();
		}
	}

	private final class Pending {

		final List<Statement> statements = new ArrayList<>();

		final Set<String> touched = new HashSet<>();

		void send() {
			execute(this.statements);
			this.touched.clear();
		}

	}

	private void execute(List<Statement> statements) {
		List<Run> runs = new ArrayList<>();
		Map<String, Integer> lastRunOfKey = new HashMap<>();
		for (Statement statement : statements) {
			int from = lastRunOfKey.getOrDefault(statement.key(), 0);
			int joined = -1;
			for (int i = from; i < runs.size() && joined < 0; i++) {
				if (runs.get(i).sql.equals(statement.sql())) {
					joined = i;
				}
			}
			if (joined < 0) {
				runs.add(new Run(statement.sql()));
				joined = runs.size() - 1;
			}
			runs.get(joined).arguments.add(statement.arguments());
			lastRunOfKey.put(statement.key(), joined);
		}
		for (Run run : runs) {
			if (run.arguments.size() == 1) {
				this.jdbc.update(run.sql, DirectArguments.one(run.arguments.get(0)));
			}
			else {
				this.jdbc.batchUpdate(run.sql, DirectArguments.of(run.arguments));
			}
		}
		statements.clear();
	}

	private static final class Run {

		final String sql;

		final List<Object[]> arguments = new ArrayList<>();

		Run(String sql) {
			this.sql = sql;
		}

	}

	private record Statement(String sql, String key, Object[] arguments) {
	}

}
