package org.newsdesk.tracker.application.store;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, a JDBC batch of inserts is sent as multi-row inserts
 * ({@code reWriteBatchedInserts}): the read models' batched rows cost the server one
 * statement per batch instead of one per row. The tracker reads no row counts from
 * batched inserts, which the driver then no longer reports.
 */
@Component
class PostgresBatching implements BeanPostProcessor {

	static final String REWRITE = "reWriteBatchedInserts";

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null
				&& pool.getJdbcUrl().startsWith("jdbc:postgresql:") && !pool.getJdbcUrl().contains(REWRITE)
				&& !pool.getDataSourceProperties().containsKey(REWRITE)) {
			pool.addDataSourceProperty(REWRITE, "true");
		}
		return bean;
	}

}
