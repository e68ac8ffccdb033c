package org.newsdesk.tracker.projections.registers;

import java.sql.Timestamp;
import java.util.List;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.newsdesk.tracker.client.ClientDevelopment;
import org.newsdesk.tracker.client.ClientReinstated;
import org.newsdesk.tracker.client.ClientSuspended;
import org.newsdesk.tracker.party.PartyAmended;
import org.newsdesk.tracker.party.PartyRegistered;
import org.newsdesk.tracker.proceeding.ProceedingClosed;
import org.newsdesk.tracker.proceeding.ProceedingOpened;
import org.newsdesk.tracker.projections.common.ReadModelTables;
import org.newsdesk.tracker.source.SourceAmended;
import org.newsdesk.tracker.source.SourceRegistered;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Parties, sources, client relationships, proceedings and the figures put forward. */
@Component
@ProcessingGroup(RegistersProjection.NAME)
public class RegistersProjection {

	public static final String NAME = "registers";

	private final JdbcTemplate jdbc;

	public RegistersProjection(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@EventHandler
	void on(PartyRegistered event) {
		this.jdbc.update("insert into rm_party (party_id, name, kind, country) values (?, ?, ?, ?)",
				event.partyId().toString(), event.name(), event.kind().name(), event.country());
	}

	@EventHandler
	void on(PartyAmended event) {
		this.jdbc.update("update rm_party set name = ?, kind = ?, country = ? where party_id = ?", event.name(),
				event.kind().name(), event.country(), event.partyId().toString());
	}

	@EventHandler
	void on(SourceRegistered event) {
		this.jdbc.update(
				"insert into rm_source (source_id, kind, title, url, publisher_party_id, published_on,"
						+ " confidential) values (?, ?, ?, ?, ?, ?, ?)",
				event.sourceId().toString(), event.kind().name(), event.title(), event.url(),
				text(event.publisherPartyId()), text(event.publishedOn()), event.confidential());
	}

	@EventHandler
	void on(SourceAmended event) {
		this.jdbc.update(
				"update rm_source set kind = ?, title = ?, url = ?, publisher_party_id = ?, published_on = ?,"
						+ " confidential = ? where source_id = ?",
				event.kind().name(), event.title(), event.url(), text(event.publisherPartyId()),
				text(event.publishedOn()), event.confidential(), event.sourceId().toString());
	}

	@EventHandler
	void on(ProceedingOpened event) {
		this.jdbc.update(
				"insert into rm_proceeding (proceeding_id, investigation_id, kind, title, venue,"
						+ " initiator_party_ids, target_party_ids, opened_on) values (?, ?, ?, ?, ?, ?, ?, ?)",
				event.proceedingId().toString(), event.investigationId().toString(), event.kind().name(), event.title(),
				event.venue(), join(event.initiatorPartyIds()), join(event.targetPartyIds()),
				event.details().occurredOn().text());
	}

	@EventHandler
	void on(ProceedingClosed event) {
		this.jdbc.update("update rm_proceeding set closed_on = ?, outcome = ? where proceeding_id = ?",
				event.details().occurredOn().text(), event.outcome(), event.proceedingId().toString());
	}

	@EventHandler
	void on(ClientDevelopment event, DomainEventMessage<?> message) {
		String status = (event instanceof ClientSuspended) ? "SUSPENDED"
				: (event instanceof ClientReinstated) ? "ACTIVE" : "TERMINATED";
		Object[] values = { status, event.investigationId().toString(), event.details().occurredOn().text(),
				Timestamp.from(message.getTimestamp()), event.vendorId().toString(), event.clientId().toString() };
		if (this.jdbc.update("update rm_client set status = ?, investigation_id = ?, since = ?, updated_at = ?"
				+ " where vendor_id = ? and client_id = ?", values) == 0) {
			this.jdbc.update("insert into rm_client (status, investigation_id, since, updated_at, vendor_id, client_id)"
					+ " values (?, ?, ?, ?, ?, ?)", values);
		}
	}

	private static String join(List<?> ids) {
		return String.join(",", ids.stream().map(Object::toString).toList());
	}

	private static String text(Object value) {
		return (value != null) ? value.toString() : null;
	}

	@ResetHandler
	void reset() {
		for (String table : List.of("rm_party", "rm_source", "rm_client", "rm_proceeding")) {
			ReadModelTables.empty(this.jdbc, table);
		}
	}

}
