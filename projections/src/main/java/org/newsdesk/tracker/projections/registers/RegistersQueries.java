package org.newsdesk.tracker.projections.registers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.newsdesk.tracker.projections.registers.Registers.ClientRow;
import org.newsdesk.tracker.projections.registers.Registers.FigureRow;
import org.newsdesk.tracker.projections.registers.Registers.PartyRow;
import org.newsdesk.tracker.projections.registers.Registers.ProceedingRow;
import org.newsdesk.tracker.projections.registers.Registers.SourceRow;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
public class RegistersQueries {

	private static final String PROCEEDING_COLUMNS = "proceeding_id, investigation_id, kind, title, venue,"
			+ " initiator_party_ids, target_party_ids, opened_on, closed_on, outcome";

	private static final String CLIENT_COLUMNS = "vendor_id, client_id, status, investigation_id, since, updated_at";

	private final JdbcTemplate jdbc;

	public RegistersQueries(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public List<PartyRow> parties() {
		return this.jdbc.query("select party_id, name, kind, country from rm_party order by name, party_id",
				(row, n) -> new PartyRow(row.getString(1), row.getString(2), row.getString(3), row.getString(4)));
	}

	public Optional<PartyRow> party(String partyId) {
		return this.jdbc
			.query("select party_id, name, kind, country from rm_party where party_id = ?",
					(row, n) -> new PartyRow(row.getString(1), row.getString(2), row.getString(3), row.getString(4)),
					partyId)
			.stream()
			.findFirst();
	}

	public List<SourceRow> sources() {
		return this.jdbc.query(
				"select source_id, kind, title, url, publisher_party_id, published_on, confidential"
						+ " from rm_source order by title, source_id",
				(row, n) -> new SourceRow(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
						row.getString(5), row.getString(6), row.getBoolean(7)));
	}

	public List<ClientRow> clientsOf(String vendorId) {
		return this.jdbc.query("select " + CLIENT_COLUMNS + " from rm_client where vendor_id = ? order by client_id",
				RegistersQueries::client, vendorId);
	}

	public List<ClientRow> relationshipsOf(String partyId) {
		return this.jdbc.query("select " + CLIENT_COLUMNS + " from rm_client where vendor_id = ? or client_id = ?"
				+ " order by vendor_id, client_id", RegistersQueries::client, partyId, partyId);
	}

	public List<ProceedingRow> proceedings(String investigationId) {
		return this.jdbc.query("select " + PROCEEDING_COLUMNS + " from rm_proceeding where investigation_id = ?"
				+ " order by opened_on, proceeding_id", RegistersQueries::proceeding, investigationId);
	}

	public List<ProceedingRow> proceedingsInvolving(String partyId) {
		String like = "%" + partyId + "%";
		return this.jdbc.query(
				"select " + PROCEEDING_COLUMNS + " from rm_proceeding where initiator_party_ids like ?"
						+ " or target_party_ids like ? order by opened_on, proceeding_id",
				RegistersQueries::proceeding, like, like);
	}

	public List<FigureRow> figures(String investigationId, boolean withStruck) {
		return this.jdbc.query("select development_id, position, subject_id, figure_value, unit, label, approximate,"
				+ " party_ids, source_ids, occurred_on, recorded_at, struck from rm_figure where investigation_id = ?"
				+ (withStruck ? "" : " and struck = false") + " order by recorded_at, development_id, position",
				(row, n) -> new FigureRow(row.getString(1), row.getInt(2), row.getString(3),
						plain(row.getBigDecimal(4)), row.getString(5), row.getString(6), row.getBoolean(7),
						split(row.getString(8)), split(row.getString(9)), row.getString(10),
						row.getTimestamp(11).toInstant(), row.getBoolean(12)),
				investigationId);
	}

	/** 50000, not 5E+4: figures are read by people. */
	private static java.math.BigDecimal plain(java.math.BigDecimal value) {
		java.math.BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

	private static ClientRow client(ResultSet row, int n) throws SQLException {
		return new ClientRow(row.getString(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5),
				row.getTimestamp(6).toInstant());
	}

	private static ProceedingRow proceeding(ResultSet row, int n) throws SQLException {
		return new ProceedingRow(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
				row.getString(5), split(row.getString(6)), split(row.getString(7)), row.getString(8), row.getString(9),
				row.getString(10), (row.getString(9) != null) ? "CLOSED" : "OPEN");
	}

	private static List<String> split(String ids) {
		return (ids == null || ids.isEmpty()) ? List.of() : Arrays.asList(ids.split(","));
	}

}
