package org.newsdesk.tracker.application.store;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.DomainEventMessage;
import org.newsdesk.tracker.claim.ClaimDevelopment;
import org.newsdesk.tracker.client.ClientDevelopment;
import org.newsdesk.tracker.common.DevelopmentId;
import org.newsdesk.tracker.proceeding.ProceedingClosed;
import org.newsdesk.tracker.proceeding.ProceedingDevelopmentRecorded;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps development ids unique across the whole store. Runs in a subscribing processor,
 * in the transaction that appends the event, so a development id already used by another
 * aggregate rolls the whole command back.
 */
@Component
@ProcessingGroup(AxonConfiguration.DEVELOPMENT_REGISTRY)
class DevelopmentRegistry {

	private final JdbcTemplate jdbc;

	DevelopmentRegistry(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@EventHandler
	void on(ClaimDevelopment event, EventMessage<?> message) {
		register(event.developmentId(), message);
	}

	@EventHandler
	void on(ClientDevelopment event, EventMessage<?> message) {
		register(event.developmentId(), message);
	}

	@EventHandler
	void on(ProceedingDevelopmentRecorded event, EventMessage<?> message) {
		register(event.developmentId(), message);
	}

	@EventHandler
	void on(ProceedingClosed event, EventMessage<?> message) {
		register(event.developmentId(), message);
	}

	private void register(DevelopmentId developmentId, EventMessage<?> message) {
		String aggregate = (message instanceof DomainEventMessage<?> domain) ? domain.getAggregateIdentifier() : "";
		try {
			this.jdbc.update("insert into development_registry (development_id, aggregate_identifier) values (?, ?)",
					developmentId.toString(), aggregate);
		}
		catch (DuplicateKeyException ex) {
			throw new DevelopmentIdTaken(developmentId);
		}
	}

}
