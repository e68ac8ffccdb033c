package org.newsdesk.tracker.common;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.newsdesk.tracker.investigation.InvestigationId;
import org.newsdesk.tracker.party.PartyId;
import org.newsdesk.tracker.source.SourceId;

/** What the other aggregates hold, as a test sets it up. */
public class FakeReferences implements References {

	private final Set<PartyId> parties = new HashSet<>();

	private final Set<SourceId> sources = new HashSet<>();

	private final Map<InvestigationId, Boolean> investigations = new HashMap<>();

	public FakeReferences party(PartyId partyId) {
		this.parties.add(partyId);
		return this;
	}

	public FakeReferences source(SourceId sourceId) {
		this.sources.add(sourceId);
		return this;
	}

	public FakeReferences investigation(InvestigationId investigationId, boolean open) {
		this.investigations.put(investigationId, open);
		return this;
	}

	@Override
	public boolean partyExists(PartyId partyId) {
		return this.parties.contains(partyId);
	}

	@Override
	public boolean sourceExists(SourceId sourceId) {
		return this.sources.contains(sourceId);
	}

	@Override
	public Optional<Boolean> investigationOpen(InvestigationId investigationId) {
		return Optional.ofNullable(this.investigations.get(investigationId));
	}

}
