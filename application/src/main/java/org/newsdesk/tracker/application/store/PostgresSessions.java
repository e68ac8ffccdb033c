package org.newsdesk.tracker.application.store;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * How the tracker's pool talks to PostgreSQL, set unless the operator set it already:
 * <ul>
 * <li>A JDBC batch of inserts is sent as multi-row inserts
 * ({@code reWriteBatchedInserts}): the read models' batched rows cost the server one
 * statement per batch instead of one per row. The tracker reads no row counts from
 * batched inserts, which the driver then no longer reports.</li>
 * <li>No parallel workers ({@code max_parallel_workers_per_gather = 0}, on each
 * connection as it is opened). Every statement of the tracker reads a few rows through an
 * index, or reads in index order, and a parallel worker is a process PostgreSQL starts
 * for the statement and stops after it. The projections' read of new events with gaps
 * ({@code global_index > ? and global_index <= ? or global_index in (...)}) got a
 * parallel plan once the driver prepared it generically: about 11 ms each instead of 0.2,
 * most of it starting the worker, some sixty times a second under the appends of the
 * benchmark.</li>
 * <li>No JIT compilation ({@code jit = off}, likewise). PostgreSQL compiles a statement
 * whose estimated cost passes {@code jit_above_cost}, which takes it about 100 ms. The
 * tracker's statements are short look-ups, but the planner's estimate of a stream's
 * length can be far off (1,504 events per aggregate on the benchmark's freshly loaded
 * archive, where all streams but one hold a few dozen at most), and a first form of the
 * check of several investigations at once, a join, was compiled at every run: about fifty
 * commands a second instead of two thousand.</li>
 * </ul>
 */
@Component
class PostgresSessions implements BeanPostProcessor {

	static final String REWRITE = "reWriteBatchedInserts";

	static final String SESSION_SETTINGS = "select set_config('max_parallel_workers_per_gather', '0', false),"
			+ " set_config('jit', 'off', false)";

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null
				&& pool.getJdbcUrl().startsWith("jdbc:postgresql:")) {
			if (!pool.getJdbcUrl().contains(REWRITE) && !pool.getDataSourceProperties().containsKey(REWRITE)) {
				pool.addDataSourceProperty(REWRITE, "true");
			}
			if (pool.getConnectionInitSql() == null) {
				pool.setConnectionInitSql(SESSION_SETTINGS);
			}
		}
		return bean;
	}

}
