package org.newsdesk.tracker.common;

import java.util.UUID;

import org.newsdesk.tracker.claim.ClaimId;
import org.newsdesk.tracker.investigation.InvestigationId;
import org.newsdesk.tracker.party.PartyId;
import org.newsdesk.tracker.proceeding.ProceedingId;
import org.newsdesk.tracker.source.SourceId;

/** Fixed ids for tests, readable in failure messages. */
public final class Ids {

	public static final InvestigationId INVESTIGATION = new InvestigationId(uuid(1));

	public static final PartyId CONSORTIUM = new PartyId(uuid(101));

	public static final PartyId VENDOR = new PartyId(uuid(102));

	public static final PartyId GOVERNMENT = new PartyId(uuid(103));

	public static final PartyId UNKNOWN_PARTY = new PartyId(uuid(199));

	public static final SourceId SOURCE = new SourceId(uuid(201));

	public static final SourceId UNKNOWN_SOURCE = new SourceId(uuid(299));

	public static final ClaimId CLAIM = new ClaimId(uuid(301));

	public static final ProceedingId PROCEEDING = new ProceedingId(uuid(601));

	private Ids() {
	}

	public static UUID uuid(long n) {
		return new UUID(0, n);
	}

	public static DevelopmentId development(long n) {
		return new DevelopmentId(uuid(1000 + n));
	}

	public static FakeReferences knownWorld() {
		return new FakeReferences().party(CONSORTIUM)
			.party(VENDOR)
			.party(GOVERNMENT)
			.source(SOURCE)
			.investigation(INVESTIGATION, true);
	}

}
