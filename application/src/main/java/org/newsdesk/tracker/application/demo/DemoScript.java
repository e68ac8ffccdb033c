package org.newsdesk.tracker.application.demo;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.newsdesk.tracker.claim.ClaimId;
import org.newsdesk.tracker.common.DevelopmentDetails;
import org.newsdesk.tracker.common.DevelopmentId;
import org.newsdesk.tracker.common.Figure;
import org.newsdesk.tracker.common.OccurredOn;
import org.newsdesk.tracker.investigation.InvestigationId;
import org.newsdesk.tracker.party.PartyId;
import org.newsdesk.tracker.proceeding.ProceedingId;
import org.newsdesk.tracker.source.SourceId;

/**
 * Helpers for writing the demo as an editor would type it: stable ids derived from names,
 * so a second run repeats instead of duplicating, and development details in one line.
 */
final class DemoScript {

	private DemoScript() {
	}

	static UUID id(String name) {
		return UUID.nameUUIDFromBytes(("pegasus-demo:" + name).getBytes(StandardCharsets.UTF_8));
	}

	static InvestigationId investigation(String name) {
		return new InvestigationId(id("investigation:" + name));
	}

	static PartyId party(String name) {
		return new PartyId(id("party:" + name));
	}

	static SourceId source(String name) {
		return new SourceId(id("source:" + name));
	}

	static ClaimId claim(String name) {
		return new ClaimId(id("claim:" + name));
	}

	static ProceedingId proceeding(String name) {
		return new ProceedingId(id("proceeding:" + name));
	}

	static DevelopmentId development(String name) {
		return new DevelopmentId(id("development:" + name));
	}

	static LocalDate day(String text) {
		return LocalDate.parse(text);
	}

	static Figure figure(long value, String unit, String label, boolean approximate) {
		return new Figure(BigDecimal.valueOf(value), unit, label, approximate);
	}

	/** What happened, when, said or done by whom, documented where, with any figures. */
	static DevelopmentDetails details(String occurredOn, List<PartyId> parties, List<SourceId> sources, String summary,
			Figure... figures) {
		return new DevelopmentDetails(OccurredOn.parse(occurredOn), parties, sources, summary,
				new ArrayList<>(Arrays.asList(figures)));
	}

}
