package org.newsdesk.tracker.application.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.ConcurrencyException;
import org.newsdesk.tracker.common.References;
import org.newsdesk.tracker.investigation.InvestigationClosed;
import org.newsdesk.tracker.investigation.InvestigationId;
import org.newsdesk.tracker.investigation.InvestigationOpened;
import org.newsdesk.tracker.investigation.InvestigationReopened;
import org.newsdesk.tracker.party.PartyId;
import org.newsdesk.tracker.source.SourceId;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Answers what decisions ask about other aggregates from the event store, on the
 * command's own connection and transaction, so that every node gives the same answer (ADR
 * 0003).
 * <p>
 * Whether an investigation is open is the one answer that can change. An investigation
 * this node has seen open is answered open from memory, and the answer is checked against
 * the store before the command's transaction commits, together with every other such
 * answer of the same unit of work: commands committed together (see
 * {@link GroupCommitCommandBus}) check their investigations in one query instead of one
 * each. An answer the store no longer bears out (the investigation was closed meanwhile,
 * here or on another node) fails the command as a conflict, and the dispatcher's retry
 * reads the investigation afresh. Closed and unknown investigations are always read from
 * the store: a refusal stops the command before any check could run.
 */
@Component
class EventStoreReferences implements References, SmartInitializingSingleton {

	private static final String CHECKS = EventStoreReferences.class.getName() + ".checks";

	private static final String STATES = "payload_type in ('" + InvestigationOpened.class.getName() + "', '"
			+ InvestigationClosed.class.getName() + "', '" + InvestigationReopened.class.getName() + "')";

	private final JdbcTemplate jdbc;

	private final StreamTypes streamTypes;

	private final EventStore eventStore;

	private final BoundedMemory<String, Boolean> seenOpen;

	EventStoreReferences(JdbcTemplate jdbc, StreamTypes streamTypes, EventStore eventStore,
			@Value("${tracker.commands.cached-aggregates:50000}") int remembered) {
		this.jdbc = jdbc;
		this.streamTypes = streamTypes;
		this.eventStore = eventStore;
		this.seenOpen = new BoundedMemory<>(remembered);
	}

	@Override
	public void afterSingletonsInstantiated() {
		// This node's own closures are forgotten at once; other nodes' are found by the
		// check.
		this.eventStore.subscribe(this::forgetClosed);
	}

	private void forgetClosed(List<? extends EventMessage<?>> events) {
		for (EventMessage<?> event : events) {
			if (event.getPayload() instanceof InvestigationClosed closed) {
				this.seenOpen.forget(closed.investigationId().toString());
			}
		}
	}

	@Override
	public boolean partyExists(PartyId partyId) {
		return streamOf(partyId.toString(), "Party");
	}

	@Override
	public boolean sourceExists(SourceId sourceId) {
		return streamOf(sourceId.toString(), "Source");
	}

	@Override
	public Optional<Boolean> investigationOpen(InvestigationId investigationId) {
		String id = investigationId.toString();
		if (!CurrentUnitOfWork.isStarted()) {
			return read(id);
		}
		Checks checks = checks(CurrentUnitOfWork.get().root());
		if (checks.read.contains(id) || checks.remembered.contains(id)) {
			return Optional.of(true);
		}
		if (this.seenOpen.get(id) != null) {
			checks.remembered.add(id);
			return Optional.of(true);
		}
		Optional<Boolean> open = read(id);
		if (open.orElse(false)) {
			this.seenOpen.put(id, true);
			checks.read.add(id);
		}
		return open;
	}

	private Checks checks(UnitOfWork<?> unitOfWork) {
		return unitOfWork.getOrComputeResource(CHECKS, (key) -> {
			Checks checks = new Checks();
			unitOfWork.onPrepareCommit((u) -> check(checks.remembered));
			return checks;
		});
	}

	/** What one investigation's stream says now: open, closed, or nothing. */
	private Optional<Boolean> read(String id) {
		List<String> last = this.jdbc.queryForList("select payload_type from domain_event_entry"
				+ " where aggregate_identifier = ? and type = 'Investigation' and " + STATES
				+ " order by sequence_number desc fetch first 1 rows only", String.class, id);
		if (last.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(!last.get(0).equals(InvestigationClosed.class.getName()));
	}

	/**
	 * Checks, in one query, that the investigations answered open from memory still are.
	 */
	private void check(Set<String> remembered) {
		if (remembered.isEmpty()) {
			return;
		}
		List<String> ids = new ArrayList<>(remembered);
		// One branch per investigation, each the single read's own index look-up: a
		// join on the same index was planned at the cost of scanning every stream,
		// which on PostgreSQL also compiled the statement (JIT) each time it ran.
		String last = "(select aggregate_identifier, payload_type from domain_event_entry"
				+ " where aggregate_identifier = ? and type = 'Investigation' and " + STATES
				+ " order by sequence_number desc fetch first 1 rows only)";
		Map<String, String> states = new HashMap<>();
		this.jdbc.query(String.join(" union all ", Collections.nCopies(ids.size(), last)), (row) -> {
			states.put(row.getString(1), row.getString(2));
		}, ids.toArray());
		for (String id : ids) {
			String state = states.get(id);
			if (state == null || state.equals(InvestigationClosed.class.getName())) {
				this.seenOpen.forget(id);
				throw new InvestigationMoved(id);
			}
		}
	}

	private boolean streamOf(String aggregateIdentifier, String type) {
		return this.streamTypes.typeOf(aggregateIdentifier).filter(type::equals).isPresent();
	}

	/**
	 * The investigations a unit of work was told are open, by where the answer came from.
	 */
	private static final class Checks {

		/** Read from the store in this transaction: nothing to check. */
		final Set<String> read = new HashSet<>();

		/** Answered from memory: checked before commit. */
		final Set<String> remembered = new HashSet<>();

	}

	/**
	 * An investigation answered open from memory was closed before the command could
	 * commit: the command is tried again, and reads it afresh.
	 */
	static final class InvestigationMoved extends ConcurrencyException {

		InvestigationMoved(String investigationId) {
			super("investigation " + investigationId + " was closed while a command relied on it being open");
		}

	}

}
