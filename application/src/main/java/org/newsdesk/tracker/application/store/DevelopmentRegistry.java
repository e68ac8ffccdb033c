package org.newsdesk.tracker.application.store;

import java.util.ArrayList;
import java.util.List;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.newsdesk.tracker.claim.ClaimDevelopment;
import org.newsdesk.tracker.client.ClientDevelopment;
import org.newsdesk.tracker.common.DevelopmentId;
import org.newsdesk.tracker.proceeding.ProceedingClosed;
import org.newsdesk.tracker.proceeding.ProceedingDevelopmentRecorded;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps development ids unique across the whole store. Told of the events of each unit of
 * work as they are appended, in the transaction that appends them, so a development id
 * already used by another aggregate rolls the whole command back. The ids of one unit of
 * work (several commands committed together, see {@link GroupCommitCommandBus}) are
 * registered in one batched statement.
 */
@Component
class DevelopmentRegistry implements SmartInitializingSingleton {

	private final JdbcTemplate jdbc;

	private final EventStore eventStore;

	DevelopmentRegistry(JdbcTemplate jdbc, EventStore eventStore) {
		this.jdbc = jdbc;
		this.eventStore = eventStore;
	}

	@Override
	public void afterSingletonsInstantiated() {
		this.eventStore.subscribe(this::register);
	}

	/** The development id an event records, or null when it records none. */
	static DevelopmentId developmentIdOf(Object payload) {
		if (payload instanceof ClaimDevelopment development) {
			return development.developmentId();
		}
		if (payload instanceof ClientDevelopment development) {
			return development.developmentId();
		}
		if (payload instanceof ProceedingDevelopmentRecorded development) {
			return development.developmentId();
		}
		if (payload instanceof ProceedingClosed closure) {
			return closure.developmentId();
		}
		return null;
	}

	void register(List<? extends EventMessage<?>> events) {
		List<DevelopmentId> ids = new ArrayList<>();
		List<Object[]> rows = new ArrayList<>();
		for (EventMessage<?> event : events) {
			DevelopmentId id = developmentIdOf(event.getPayload());
			if (id != null) {
				String aggregate = (event instanceof DomainEventMessage<?> domain) ? domain.getAggregateIdentifier()
						: "";
				ids.add(id);
				rows.add(new Object[] { id.toString(), aggregate });
			}
		}
		if (rows.isEmpty()) {
			return;
		}
		String insert = "insert into development_registry (development_id, aggregate_identifier) values (?, ?)";
		try {
			if (rows.size() == 1) {
				this.jdbc.update(insert, rows.get(0));
			}
			else {
				this.jdbc.batchUpdate(insert, rows);
			}
		}
		catch (DuplicateKeyException ex) {
			if (ids.size() == 1) {
				throw new DevelopmentIdTaken(ids.get(0));
			}
			// Only a group of commands registers several ids at once; the bus handles
			// each of them again alone, and the one whose id is taken is told which.
			throw ex;
		}
	}

}
