package org.newsdesk.tracker.application.integrity;

import java.time.Clock;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Axon's relational event storage, appending through {@link ChainedAppend} so that every
 * event carries its chained hash and reading timestamps once
 * ({@link TrackerEventStorageEngine}), and the scheduled sealing of checkpoints.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class IntegrityConfiguration {

	/**
	 * Events fetched per query by a processor catching up: a rebuild reads the store in a
	 * few thousand round trips rather than tens of thousands.
	 */
	private static final int BATCH_SIZE = 500;

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	EventStorageEngine eventStorageEngine(Serializer defaultSerializer,
			PersistenceExceptionResolver persistenceExceptionResolver,
			@Qualifier("eventSerializer") Serializer eventSerializer,
			org.axonframework.config.Configuration configuration, ConnectionProvider connectionProvider,
			TransactionManager transactionManager, EventSchema eventSchema, StoredEvents storedEvents) {
		LastHashes lastHashes = new LastHashes();
		return TrackerEventStorageEngine.build(JdbcEventStorageEngine.builder()
			.snapshotSerializer(defaultSerializer)
			.upcasterChain(configuration.upcasterChain())
			.persistenceExceptionResolver(persistenceExceptionResolver)
			.eventSerializer(eventSerializer)
			.snapshotFilter(configuration.snapshotFilter())
			.connectionProvider(connectionProvider)
			.transactionManager(transactionManager)
			.batchSize(BATCH_SIZE)
			.appendEvents(new ChainedAppend(storedEvents, lastHashes)), eventSchema, lastHashes);
	}

}
