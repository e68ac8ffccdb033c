package org.newsdesk.tracker.projections.common;

import java.util.ArrayList;
import java.util.List;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The statements a projection issues while its processor handles one batch of events,
 * sent to the database when the batch commits, in the order they were issued, each run of
 * the same statement as one JDBC batch. They run in the batch's transaction, with its
 * token, so a batch that fails writes nothing and is handled again: exactly once, as
 * before, with one round trip for many rows instead of one per row.
 * <p>
 * A handler that reads what this batch may have written calls {@link #flush()} first.
 * Outside a unit of work (a reset, a test) statements run at once.
 */
public final class BatchedUpdates {

	private final JdbcTemplate jdbc;

	private final String resource;

	public BatchedUpdates(JdbcTemplate jdbc, String name) {
		this.jdbc = jdbc;
		this.resource = BatchedUpdates.class.getName() + "." + name;
	}

	public void update(String sql, Object... arguments) {
		if (!CurrentUnitOfWork.isStarted()) {
			this.jdbc.update(sql, arguments);
			return;
		}
		pending().add(new Statement(sql, arguments));
	}

	/** Sends what this batch has issued so far, so that a query sees it. */
	public void flush() {
		if (!CurrentUnitOfWork.isStarted()) {
			return;
		}
		List<Statement> statements = CurrentUnitOfWork.get().root().getResource(this.resource);
		if (statements != null) {
			execute(statements);
		}
	}

	private List<Statement> pending() {
		UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
		return batch.getOrComputeResource(this.resource, (key) -> {
			List<Statement> statements = new ArrayList<>();
			batch.onPrepareCommit((unit) -> execute(statements));
			return statements;
		});
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
