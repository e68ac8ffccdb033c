package org.newsdesk.tracker.application.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.tracker.application.support.ApiTest;
import org.newsdesk.tracker.application.support.TestDatabase;
import org.newsdesk.tracker.projections.common.ReadModelRows;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rows written together (by COPY on PostgreSQL) are stored exactly as Spring's binding
 * stores them one insert at a time, and a failing write leaves nothing behind.
 */
class ReadModelRowsTest extends ApiTest {

	private static final ReadModelRows.Into INTO = ReadModelRows.into("read_model_rows_test", "id", "label", "amount",
			"count", "total", "flag", "at");

	private static final String INSERT = INTO.insert();

	/** Text COPY's format would take for something else if it were not escaped. */
	private static final List<String> AWKWARD = List.of("tab\there", "line\nbreak", "return\rhere", "back\\slash",
			"\\.", "\\N", "quote ' and \"", "", " ", "accent \u00e9 and \u4e2d\u6587 and \ud83d\udd75", "\\t literally",
			"end\\");

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	private ReadModelRows rows;

	@BeforeEach
	void table() {
		this.jdbc.execute("create table read_model_rows_test (id bigint primary key, label varchar(200),"
				+ " amount numeric(20, 4), count integer, total bigint, flag boolean, at timestamp with time zone)");
		this.rows = new ReadModelRows(this.jdbc);
	}

	@AfterEach
	void drop() {
		this.jdbc.execute("drop table if exists read_model_rows_test");
	}

	@Test
	void rowsWrittenTogetherAreStoredAsOneInsertEachStoresThem() {
		Random random = new Random(47);
		List<Object[]> bySpring = new ArrayList<>();
		List<Object[]> together = new ArrayList<>();
		for (int i = 0; i < 300; i++) {
			Object[] row = { null,
					(i < AWKWARD.size()) ? AWKWARD.get(i)
							: (random.nextInt(4) == 0) ? null : "label " + random.nextInt() + "\t" + i,
					(random.nextInt(4) == 0) ? null : new BigDecimal(random.nextInt(100_000)).movePointLeft(3),
					(random.nextInt(4) == 0) ? null : random.nextInt(),
					(random.nextInt(4) == 0) ? null : random.nextLong(),
					(random.nextInt(4) == 0) ? null : random.nextBoolean(),
					(random.nextInt(4) == 0) ? null
							: Timestamp.from(Instant.ofEpochSecond(1_600_000_000L + random.nextInt(100_000_000),
									nanos(random.nextInt(4), random))) };
			Object[] spring = row.clone();
			spring[0] = (long) i;
			bySpring.add(spring);
			Object[] mine = row.clone();
			mine[0] = 1_000L + i;
			together.add(mine);
		}
		this.jdbc.batchUpdate(INSERT, bySpring);
		this.transactions.executeWithoutResult((status) -> this.rows.insert(INTO, together));

		List<Map<String, Object>> stored = this.jdbc
			.queryForList("select label, amount, count, total, flag, at from read_model_rows_test where id < 1000"
					+ " order by id");
		List<Map<String, Object>> storedTogether = this.jdbc
			.queryForList("select label, amount, count, total, flag, at from read_model_rows_test where id >= 1000"
					+ " order by id");
		assertThat(storedTogether).hasSize(300).isEqualTo(stored);
		assertThat(storedTogether.subList(0, AWKWARD.size())).extracting((row) -> row.get("label"))
			.containsExactlyElementsOf(AWKWARD);
		assertThat(this.rows.copiedRows()).as("rows copied in")
			.isEqualTo(TestDatabase.isPostgres() ? together.size() : 0);
	}

	/**
	 * Whole seconds, milliseconds, microseconds, or nanoseconds that round either way.
	 */
	private static int nanos(int kind, Random random) {
		return switch (kind) {
			case 0 -> 0;
			case 1 -> random.nextInt(1000) * 1_000_000;
			case 2 -> random.nextInt(1_000_000) * 1000;
			default -> random.nextInt(1_000_000_000);
		};
	}

	@Test
	void aDuplicateAmongTheRowsWritesNoneOfThem() {
		this.jdbc.update(INSERT, 5L, "already there", null, null, null, null, null);
		List<Object[]> together = new ArrayList<>();
		for (long id = 0; id < 20; id++) {
			together.add(new Object[] { id, "row " + id, null, null, null, true, null });
		}
		assertThatThrownBy(() -> this.transactions.executeWithoutResult((status) -> this.rows.insert(INTO, together)))
			.isInstanceOf(DataAccessException.class);
		assertThat(this.jdbc.queryForList("select label from read_model_rows_test", String.class))
			.containsExactly("already there");
	}

	@Test
	void aValueOfAnotherTypeGoesAsAnInsert() {
		List<Object[]> together = new ArrayList<>();
		for (long id = 0; id < 20; id++) {
			together.add(new Object[] { id, "row " + id, null, null, null, null,
					(id == 7) ? java.time.OffsetDateTime.parse("2021-07-18T10:15:30+02:00") : null });
		}
		this.transactions.executeWithoutResult((status) -> this.rows.insert(INTO, together));
		assertThat(this.jdbc.queryForObject("select count(*) from read_model_rows_test", Long.class)).isEqualTo(20);
		assertThat(this.jdbc.queryForObject("select at from read_model_rows_test where id = 7", Timestamp.class)
			.toInstant()).isEqualTo(Instant.parse("2021-07-18T08:15:30Z"));
		assertThat(this.rows.copiedRows()).isZero();
	}

}
