package org.newsdesk.tracker.application.store;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandBusSpanFactory;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.DuplicateCommandHandlerResolver;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.newsdesk.tracker.claim.Claim;
import org.newsdesk.tracker.client.ClientRelationship;
import org.newsdesk.tracker.investigation.Investigation;
import org.newsdesk.tracker.party.Party;
import org.newsdesk.tracker.proceeding.Proceeding;
import org.newsdesk.tracker.projections.audit.AuditProjection;
import org.newsdesk.tracker.projections.board.BoardProjection;
import org.newsdesk.tracker.projections.registers.RegistersProjection;
import org.newsdesk.tracker.projections.timeline.TimelineProjection;
import org.newsdesk.tracker.source.Source;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Axon on the relational store: Jackson for every message, Axon's default snake_case
 * table names, metadata that says who recorded each event, and the aggregates of the
 * domain.
 */
@Configuration(proxyBeanMethods = false)
public class AxonConfiguration {

	/**
	 * Event metadata copied from each command: who recorded it, and which request caused
	 * it.
	 */
	public static final String RECORDED_BY = "recordedBy";

	public static final String CORRELATION_ID = "correlationId";

	public static final String REQUEST_ID = "requestId";

	private static final String UNIQUE_VIOLATION = "23505";

	static ObjectMapper storageObjectMapper() {
		return new ObjectMapper().registerModule(new JavaTimeModule())
			.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
			.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
	}

	private static Serializer jackson() {
		return new TrackerJacksonSerializer(JacksonSerializer.builder().objectMapper(storageObjectMapper()));
	}

	@Bean
	@Primary
	public Serializer serializer() {
		return jackson();
	}

	@Bean
	@Qualifier("eventSerializer")
	public Serializer eventSerializer() {
		return jackson();
	}

	@Bean
	@Qualifier("messageSerializer")
	public Serializer messageSerializer() {
		return jackson();
	}

	@Bean
	public EventSchema eventSchema() {
		return EventSchema.builder()
			.eventTable("domain_event_entry")
			.snapshotTable("snapshot_event_entry")
			.globalIndexColumn("global_index")
			.timestampColumn("time_stamp")
			.eventIdentifierColumn("event_identifier")
			.aggregateIdentifierColumn("aggregate_identifier")
			.sequenceNumberColumn("sequence_number")
			.typeColumn("type")
			.payloadTypeColumn("payload_type")
			.payloadRevisionColumn("payload_revision")
			.payloadColumn("payload")
			.metaDataColumn("meta_data")
			.build();
	}

	@Bean
	public TokenSchema tokenSchema() {
		return TokenSchema.builder()
			.setTokenTable("token_entry")
			.setProcessorNameColumn("processor_name")
			.setSegmentColumn("segment")
			.setTokenColumn("token")
			.setTokenTypeColumn("token_type")
			.setTimestampColumn("timestamp")
			.setOwnerColumn("owner")
			.build();
	}

	/**
	 * Both H2 and PostgreSQL report a unique violation as SQLSTATE 23505; Axon's JDBC
	 * default only recognises the exception type PostgreSQL's driver does not throw.
	 */
	@Bean
	public PersistenceExceptionResolver persistenceExceptionResolver() {
		return (exception) -> {
			for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
				if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
					return true;
				}
			}
			return false;
		};
	}

	/**
	 * The event store, as Axon's auto-configuration makes it, with the reader of new
	 * events for the processors woken once per 20 ms of commits
	 * ({@link CoalescingEventStore}).
	 */
	@Bean
	public EmbeddedEventStore eventStore(EventStorageEngine storageEngine,
			org.axonframework.config.Configuration configuration) {
		return new CoalescingEventStore(EmbeddedEventStore.builder()
			.storageEngine(storageEngine)
			.messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
			.spanFactory(configuration.getComponent(EventBusSpanFactory.class)), 20);
	}

	/**
	 * What the projections' processors read: the event store, with a wake-up when this
	 * node commits events, and one read of the store for the projections that catch up
	 * together, 2,048 events kept for one another (see {@link ProjectionEventSource};
	 * with 8,192 the kept events outlived young collections, and a rebuild of a million
	 * events spent 91 s in collection pauses instead of 51 s); named by
	 * {@code axon.eventhandling.processors.*.source}.
	 */
	@Bean(destroyMethod = "close")
	public ProjectionEventSource projectionEventSource(EventStore eventStore) {
		return new ProjectionEventSource(eventStore, Duration.ofMillis(100), Duration.ofMillis(500), 2048,
				Duration.ofSeconds(2));
	}

	/*
	 * Each projection's processor reads the source through a view of its own, which keeps
	 * its stream close to what the processor has taken; named by
	 * axon.eventhandling.processors.<name>.source.
	 */

	@Bean
	public StreamableMessageSource<TrackedEventMessage<?>> boardEvents(ProjectionEventSource source,
			ObjectProvider<EventProcessingConfiguration> processing) {
		return source.forProcessor(taken(BoardProjection.NAME, processing));
	}

	@Bean
	public StreamableMessageSource<TrackedEventMessage<?>> timelineEvents(ProjectionEventSource source,
			ObjectProvider<EventProcessingConfiguration> processing) {
		return source.forProcessor(taken(TimelineProjection.NAME, processing));
	}

	@Bean
	public StreamableMessageSource<TrackedEventMessage<?>> registersEvents(ProjectionEventSource source,
			ObjectProvider<EventProcessingConfiguration> processing) {
		return source.forProcessor(taken(RegistersProjection.NAME, processing));
	}

	@Bean
	public StreamableMessageSource<TrackedEventMessage<?>> auditEvents(ProjectionEventSource source,
			ObjectProvider<EventProcessingConfiguration> processing) {
		return source.forProcessor(taken(AuditProjection.NAME, processing));
	}

	/**
	 * The position up to which the named processor has taken events on this node: the
	 * lowest of its segments' positions, unknown while it holds none or one has no
	 * position yet (a rebuild before its first batch).
	 */
	private static LongSupplier taken(String name, ObjectProvider<EventProcessingConfiguration> processing) {
		AtomicReference<StreamingEventProcessor> found = new AtomicReference<>();
		return () -> {
			StreamingEventProcessor processor = found.get();
			if (processor == null) {
				EventProcessingConfiguration configuration = processing.getIfAvailable();
				processor = (configuration != null)
						? configuration.eventProcessor(name, StreamingEventProcessor.class).orElse(null) : null;
				if (processor == null) {
					return ProjectionEventSource.UNKNOWN;
				}
				found.set(processor);
			}
			long lowest = Long.MAX_VALUE;
			for (EventTrackerStatus status : processor.processingStatus().values()) {
				OptionalLong position = status.getCurrentPosition();
				if (position.isEmpty()) {
					return ProjectionEventSource.UNKNOWN;
				}
				lowest = Math.min(lowest, position.getAsLong());
			}
			return (lowest == Long.MAX_VALUE) ? ProjectionEventSource.UNKNOWN : lowest;
		};
	}

	/**
	 * A command's who and why, copied onto the events it raises. Only commands cause
	 * anything here: the projections handle events and send nothing, so an event's
	 * metadata is not copied, which spares each projection reading every event's metadata
	 * (and a copy of it) just to drop it.
	 */
	@Bean
	public CorrelationDataProvider trackerCorrelationData() {
		CorrelationDataProvider copied = new SimpleCorrelationDataProvider(RECORDED_BY, CORRELATION_ID, REQUEST_ID);
		return (message) -> (message instanceof CommandMessage<?>) ? copied.correlationDataFor(message) : Map.of();
	}

	/**
	 * Tokens, with the claims that let one node at a time apply a projection's events.
	 * Each node claims under its own name: {@code tracker.node-name}, by default Axon's
	 * (the process id and host name), which two nodes share only when run in one process
	 * or in containers with the same host name; two nodes claiming under one name would
	 * both apply the same events.
	 */
	@Bean
	public TokenStore tokenStore(ConnectionProvider connectionProvider, Serializer serializer, TokenSchema tokenSchema,
			@Value("${axon.eventhandling.tokenstore.claim-timeout:10s}") Duration claimTimeout,
			@Value("${tracker.node-name:}") String nodeName) {
		JdbcTokenStore.Builder builder = JdbcTokenStore.builder()
			.connectionProvider(connectionProvider)
			.schema(tokenSchema)
			.serializer(serializer)
			.claimTimeout(claimTimeout);
		if (!nodeName.isBlank()) {
			builder.nodeId(nodeName);
		}
		return builder.build();
	}

	/**
	 * Aggregates are kept in memory between commands, up to {@code capacity} of each kind
	 * and as long as the heap has room ({@link SoftAggregateCache}), instead of being
	 * folded from their streams each time. A kept aggregate that is behind its stream
	 * (another node appended since) appends under a sequence number already taken: the
	 * store refuses it, the failed command drops the aggregate from memory, and the
	 * dispatcher's retry loads it afresh. Correctness stays with the store's unique
	 * (aggregate, sequence) constraint.
	 */
	private static <T> AggregateConfigurer<T> cached(Class<T> aggregate, AggregateCaches caches,
			RememberedTargetResolver targets) {
		return AggregateConfigurer.defaultConfiguration(aggregate)
			.configureCache((c) -> caches.of(aggregate))
			.configureCommandTargetResolver((c) -> targets);
	}

	/**
	 * Axon's command bus as its auto-configuration makes it, with the commands that
	 * arrive together handled in one transaction ({@link GroupCommitCommandBus}).
	 */
	@Bean(destroyMethod = "close")
	public GroupCommitCommandBus commandBus(TransactionManager transactionManager,
			org.axonframework.config.Configuration configuration,
			DuplicateCommandHandlerResolver duplicateCommandHandlerResolver, MeterRegistry meters,
			@Value("${tracker.commands.group-commit.workers:1}") int workers,
			@Value("${tracker.commands.group-commit.largest-group:32}") int largestGroup) {
		GroupCommitCommandBus bus = new GroupCommitCommandBus(
				SimpleCommandBus.builder()
					.duplicateCommandHandlerResolver(duplicateCommandHandlerResolver)
					.spanFactory(configuration.getComponent(CommandBusSpanFactory.class))
					.messageMonitor(configuration.messageMonitor(CommandBus.class, "commandBus")),
				transactionManager, new RememberedTargetResolver(), workers, largestGroup, meters);
		bus.registerHandlerInterceptor(new CorrelationDataInterceptor<>(configuration.correlationDataProviders()));
		return bus;
	}

	@Bean
	public AggregateCaches aggregateCaches(@Value("${tracker.commands.cached-aggregates:50000}") int cachedAggregates) {
		return new AggregateCaches(cachedAggregates);
	}

	@Bean
	public ConfigurerModule trackerAggregates(AggregateCaches caches) {
		RememberedTargetResolver targets = new RememberedTargetResolver();
		return (configurer) -> {
			for (Class<?> aggregate : List.of(Investigation.class, Party.class, Source.class, Claim.class,
					ClientRelationship.class, Proceeding.class)) {
				configurer.configureAggregate(cached(aggregate, caches, targets));
			}
			// A handler that fails fails its batch: nothing of it is written, the
			// projection shows ERROR and tries the batch again. Axon's default would log
			// the failure and go on without the event, and the projection would lack it
			// for good.
			configurer.eventProcessing()
				.registerDefaultListenerInvocationErrorHandler((c) -> PropagatingErrorHandler.instance());
		};
	}

}
