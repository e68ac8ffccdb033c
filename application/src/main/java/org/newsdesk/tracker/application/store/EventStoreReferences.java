package org.newsdesk.tracker.application.store;

import java.util.List;
import java.util.Optional;

import org.newsdesk.tracker.common.References;
import org.newsdesk.tracker.investigation.InvestigationClosed;
import org.newsdesk.tracker.investigation.InvestigationId;
import org.newsdesk.tracker.investigation.InvestigationOpened;
import org.newsdesk.tracker.investigation.InvestigationReopened;
import org.newsdesk.tracker.party.PartyId;
import org.newsdesk.tracker.source.SourceId;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Answers what decisions ask about other aggregates straight from the event store,
 * through the unique (aggregate, sequence) index, on the command's own connection and
 * transaction. Every node sees the same answer because nothing is kept in memory.
 */
@Component
class EventStoreReferences implements References {

	private final JdbcTemplate jdbc;

	private final StreamTypes streamTypes;

	EventStoreReferences(JdbcTemplate jdbc, StreamTypes streamTypes) {
		this.jdbc = jdbc;
		this.streamTypes = streamTypes;
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
		List<String> last = this.jdbc.queryForList(
				"select payload_type from domain_event_entry where aggregate_identifier = ? and type = 'Investigation'"
						+ " and payload_type in (?, ?, ?) order by sequence_number desc fetch first 1 rows only",
				String.class, investigationId.toString(), InvestigationOpened.class.getName(),
				InvestigationClosed.class.getName(), InvestigationReopened.class.getName());
		if (last.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(!last.get(0).equals(InvestigationClosed.class.getName()));
	}

	private boolean streamOf(String aggregateIdentifier, String type) {
		return this.streamTypes.typeOf(aggregateIdentifier).filter(type::equals).isPresent();
	}

}
