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
 * batch, and each run of inserts issued with {@link #inserting} as {@link ReadModelRows}
 * writes them (one COPY on PostgreSQL). They run in the batch's transaction, with its
 * token, so a batch that fails writes nothing and is handled again: exactly once, as
 * before, with one round trip for many rows instead of one per row.
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

	private final ReadModelRows rows;

	private final String resource;

	public BatchedUpdates(JdbcTemplate jdbc, String name) {
		this(jdbc, new ReadModelRows(jdbc), name);
	}

	BatchedUpdates(JdbcTemplate jdbc, ReadModelRows rows, String name) {
		this.jdbc = jdbc;
		this.rows = rows;
		this.resource = BatchedUpdates.class.getName() + "." + name;
	}

	/**
	 * Issues the insert of a row that {@code key} names, one value per column of
	 * {@code into}: the batch's inserts into one table go together, by COPY where the
	 * database has it ({@link ReadModelRows}).
	 */
	public void inserting(String key, ReadModelRows.Into into, Object... values) {
		if (!ProcessorBatch.active()) {
			this.rows.insert(into, List.<Object[]>of(values));
			return;
		}
		issue(new Statement(into.insert(), into, key, values));
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
		issue(new Statement(sql, null, key, arguments));
	}

	private void issue(Statement statement) {
		Pending pending = ProcessorBatch.resource(this.resource, Pending::new, Pending::send);
		pending.statements.add(statement);
		pending.touched.add(statement.key());
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
				runs.add(new Run(statement.sql(), statement.into()));
				joined = runs.size() - 1;
			}
			runs.get(joined).arguments.add(statement.arguments());
			lastRunOfKey.put(statement.key(), joined);
		}
		for (Run run : runs) {
			if (run.into != null) {
				this.rows.insert(run.into, run.arguments);
			}
			else if (run.arguments.size() == 1) {
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

		/** The table and columns of an insert, or null for any other statement. */
		final ReadModelRows.Into into;

		final List<Object[]> arguments = new ArrayList<>();

		Run(String sql, ReadModelRows.Into into) {
			this.sql = sql;
			this.into = into;
		}

	}

	private record Statement(String sql, ReadModelRows.Into into, String key, Object[] arguments) {
	}

}
