package org.newsdesk.tracker.projections.registers;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The rows the registers projection keeps, as reads return them. */
public final class Registers {

	private Registers() {
	}

	public record PartyRow(String partyId, String name, String kind, String country) {
	}

	public record SourceRow(String sourceId, String kind, String title, String url, String publisherPartyId,
			String publishedOn, boolean confidential) {
	}

	/**
	 * A vendor's client and where the relationship stands: ACTIVE, SUSPENDED or
	 * TERMINATED, since when.
	 */
	public record ClientRow(String vendorId, String clientId, String status, String investigationId, String since,
			Instant updatedAt) {
	}

	/** A proceeding: OPEN until closed with an outcome. */
	public record ProceedingRow(String proceedingId, String investigationId, String kind, String title, String venue,
			List<String> initiatorPartyIds, List<String> targetPartyIds, String openedOn, String closedOn,
			String outcome, String status) {
	}

	/**
	 * A number someone put forward, with who put it forward, when, and from which source.
	 */
	public record FigureRow(String developmentId, int position, String subjectId, BigDecimal value, String unit,
			String label, boolean approximate, List<String> partyIds, List<String> sourceIds, String occurredOn,
			Instant recordedAt, boolean struck) {
	}

}
