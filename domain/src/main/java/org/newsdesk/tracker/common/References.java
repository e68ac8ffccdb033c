package org.newsdesk.tracker.common;

import java.util.Collection;
import java.util.Optional;

import org.newsdesk.tracker.investigation.InvestigationId;
import org.newsdesk.tracker.party.PartyId;
import org.newsdesk.tracker.source.SourceId;

/**
 * What a decision may ask about other aggregates. Handlers receive it as a parameter; the
 * application answers it from the event store, inside the command's transaction.
 */
public interface References {

	boolean partyExists(PartyId partyId);

	boolean sourceExists(SourceId sourceId);

	/** Whether the investigation is open, or empty when it is not known. */
	Optional<Boolean> investigationOpen(InvestigationId investigationId);

	default void requireParties(String field, Collection<PartyId> partyIds) {
		int index = 0;
		for (PartyId partyId : partyIds) {
			if (!partyExists(partyId)) {
				throw new UnknownReference(field + "[" + index + "]", "party", partyId);
			}
			index++;
		}
	}

	default void requireSources(String field, Collection<SourceId> sourceIds) {
		int index = 0;
		for (SourceId sourceId : sourceIds) {
			if (!sourceExists(sourceId)) {
				throw new UnknownReference(field + "[" + index + "]", "source", sourceId);
			}
			index++;
		}
	}

	default void requireOpenInvestigation(InvestigationId investigationId) {
		boolean open = investigationOpen(investigationId)
			.orElseThrow(() -> new UnknownReference("investigationId", "investigation", investigationId));
		if (!open) {
			throw new StateConflict("investigation " + investigationId
					+ " is closed: it accepts no new developments until it is reopened");
		}
	}

	default void requireDetails(DevelopmentDetails details) {
		requireParties("partyIds", details.partyIds());
		requireSources("sourceIds", details.sourceIds());
	}

}
