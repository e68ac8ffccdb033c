package org.newsdesk.tracker.projections.common;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The statements a projection issues while its processor handles one batch of events,
 * sent to the database when the batch commits, in the order they were issued, each run of
 * the same statement as one JDBC batch. They run in the batch's transaction, with its
 * token, so a batch that fails writes nothing and is handled again: exactly once, as
 * before, with one round trip for many rows instead of one per row.
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
	 * Issues a statement that writes the row {@code key} names, so that
	 * {@link #flushIfTouched} knows to send it before that row is read.
	 */
	public void touching(String key, String sql, Object... arguments) {
		if (!ProcessorBatch.active()) {
			this.jdbc.update(sql, arguments);
			return;
		}
		Pending pending = ProcessorBatch.resource(this.resource, Pending::new, Pending::send);
		pending.statements.add(new Statement(sql, arguments));
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
		int from = 0;
		while (from < statements.size()) {
			String sql = statements.get(from).sql();
			int to = from;
			List<Object[]> arguments = new ArrayList<>();
			while (to < statements.size() && statements.get(to).sql().equals(sql)) {
				arguments.add(statements.get(to).arguments());
				to++;
			}
			if (arguments.size() == 1) {
				this.jdbc.update(sql, arguments.get(0));
			}
			else {
				this.jdbc.batchUpdate(sql, arguments);
			}
			from = to;
		}
		statements.clear();
	}

	private record Statement(String sql, Object[] arguments) {
	}

}
