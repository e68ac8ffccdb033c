package org.newsdesk.tracker.application.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.tracker.application.support.ApiTest;
import org.newsdesk.tracker.projections.common.DirectArguments;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Rows bound directly are stored exactly as Spring's own binding stores them. */
class DirectArgumentsTest extends ApiTest {

	private static final String INSERT = "insert into direct_arguments_test (id, label, amount, count, flag, at, bytes)"
			+ " values (?, ?, ?, ?, ?, ?, ?)";

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void drop() {
		this.jdbc.execute("drop table if exists direct_arguments_test");
	}

	@Test
	void aBatchBoundDirectlyStoresWhatSpringsBindingStores() {
		this.jdbc.execute("create table direct_arguments_test (id bigint primary key, label varchar(200),"
				+ " amount numeric(20, 4), count integer, flag boolean, at timestamp, bytes bytea)");
		Random random = new Random(31);
		List<Object[]> bySpring = new ArrayList<>();
		List<Object[]> direct = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			Object[] row = { null, (random.nextInt(4) == 0) ? null : "label \u00e9 " + random.nextInt(),
					(random.nextInt(4) == 0) ? null : new BigDecimal(random.nextInt(100_000)).movePointLeft(3),
					(random.nextInt(4) == 0) ? null : random.nextInt(),
					(random.nextInt(4) == 0) ? null : random.nextBoolean(),
					(random.nextInt(4) == 0) ? null
							: Timestamp
								.from(Instant.ofEpochSecond(1_600_000_000L + random.nextInt(100_000_000), 123_000_000)),
					(random.nextInt(4) == 0) ? null : new byte[] { (byte) random.nextInt(), 0, (byte) 0xff } };
			Object[] spring = row.clone();
			spring[0] = (long) i;
			bySpring.add(spring);
			Object[] mine = row.clone();
			mine[0] = 1_000L + i;
			direct.add(mine);
		}
		this.jdbc.batchUpdate(INSERT, bySpring);
		this.jdbc.batchUpdate(INSERT, DirectArguments.of(direct.subList(0, 199)));
		this.jdbc.update(INSERT, DirectArguments.one(direct.get(199)));

		List<Map<String, Object>> stored = this.jdbc.queryForList(
				"select label, amount, count, flag, at, bytes from direct_arguments_test where id < 1000 order by id");
		List<Map<String, Object>> storedDirectly = this.jdbc.queryForList(
				"select label, amount, count, flag, at, bytes from direct_arguments_test where id >= 1000 order by id");
		assertThat(stored).hasSize(200);
		assertThat(storedDirectly).hasSize(200);
		for (int i = 0; i < 200; i++) {
			Map<String, Object> expected = stored.get(i);
			Map<String, Object> actual = storedDirectly.get(i);
			for (String column : expected.keySet()) {
				if (expected.get(column) instanceof byte[] bytes) {
					assertThat((byte[]) actual.get(column)).as("row %d %s", i, column).isEqualTo(bytes);
				}
				else {
					assertThat(actual.get(column)).as("row %d %s", i, column).isEqualTo(expected.get(column));
				}
			}
		}
		assertThat(stored).anySatisfy((row) -> assertThat(row.get("label")).isNull())
			.anySatisfy((row) -> assertThat(row.get("at")).isNotNull());
	}

}
