package org.newsdesk.tracker.projections.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementSetter;

/**
 * A batch's statements reach the database in as few JDBC batches as keep each row's
 * statements in the order they were issued.
 */
class BatchedUpdatesTest {

	/** The statements sent, one line per JDBC batch: its statement and its keys. */
	private final List<String> sent = new ArrayList<>();

	private final JdbcTemplate jdbc = new JdbcTemplate() {

		@Override
		public int update(String sql, PreparedStatementSetter arguments) {
			BatchedUpdatesTest.this.sent.add(sql + " 1");
			return 1;
		}

		@Override
		public int[] batchUpdate(String sql, BatchPreparedStatementSetter arguments) {
			BatchedUpdatesTest.this.sent.add(sql + " " + arguments.getBatchSize());
			return new int[arguments.getBatchSize()];
		}

	};

	private final BatchedUpdates updates = new BatchedUpdates(this.jdbc, "test");

	private void inBatch(Runnable handling) {
		UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("a batch"));
		handling.run();
		batch.commit();
	}

	@Test
	void statementsOfDifferentRowsShareABatchAndOneRowsKeepTheirOrder() {
		inBatch(() -> {
			this.updates.touching("a", "insert", "a");
			this.updates.touching("b", "insert", "b");
			this.updates.touching("a", "correct", "a");
			this.updates.touching("c", "insert", "c");
			this.updates.touching("b", "strike", "b");
			this.updates.touching("a", "insert", "a-again");
			this.updates.touching("d", "correct", "d");
			this.updates.touching("a", "correct", "a-again");
		});
		// a's insert, correction, second insert and second correction stay in that order;
		// b's and c's and d's statements join the earliest batch that allows it.
		assertThat(this.sent).containsExactly("insert 3", "correct 2", "strike 1", "insert 1", "correct 1");
	}

	@Test
	void nothingIsSentBeforeTheBatchCommitsUnlessARowItWroteIsRead() {
		inBatch(() -> {
			this.updates.touching("a", "insert", "a");
			this.updates.flushIfTouched("b");
			assertThat(this.sent).isEmpty();
			this.updates.flushIfTouched("a");
			assertThat(this.sent).containsExactly("insert 1");
			this.updates.touching("b", "insert", "b");
		});
		assertThat(this.sent).containsExactly("insert 1", "insert 1");
	}

	@Test
	void insertsOfATableGoTogetherAmongTheOtherStatements() {
		BatchedUpdates inserts = new BatchedUpdates(this.jdbc, new ReadModelRows(this.jdbc, false), "inserts");
		ReadModelRows.Into into = ReadModelRows.into("rm_test", "id", "label");
		inBatch(() -> {
			inserts.inserting("a", into, "a", "first");
			inserts.touching("a", "correct", "a");
			inserts.inserting("b", into, "b", "second");
			inserts.inserting("c", into, "c", "third");
		});
		assertThat(into.insert()).isEqualTo("insert into rm_test (id, label) values (?, ?)");
		assertThat(this.sent).containsExactly(into.insert() + " 3", "correct 1");
	}

	@Test
	void outsideABatchAStatementRunsAtOnce() {
		this.updates.touching("a", "insert", "a");
		assertThat(this.sent).hasSize(1);
	}

	@Test
	void onlyReadModelTablesAreEmptied() {
		assertThatThrownBy(() -> ReadModelTables.empty(this.jdbc, "domain_event_entry"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("domain_event_entry");
		assertThatThrownBy(() -> ReadModelTables.empty(this.jdbc, "rm_audit; drop table token_entry"))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
