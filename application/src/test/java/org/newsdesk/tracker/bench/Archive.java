package org.newsdesk.tracker.bench;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.common.DateTimeUtils;
import org.newsdesk.tracker.claim.AllegationRecorded;
import org.newsdesk.tracker.claim.Bearing;
import org.newsdesk.tracker.claim.ClaimAssessed;
import org.newsdesk.tracker.claim.ClaimId;
import org.newsdesk.tracker.claim.ClaimRegistered;
import org.newsdesk.tracker.claim.Correction;
import org.newsdesk.tracker.claim.DenialRecorded;
import org.newsdesk.tracker.claim.DevelopmentCorrected;
import org.newsdesk.tracker.claim.DevelopmentStruck;
import org.newsdesk.tracker.claim.EvidenceRecorded;
import org.newsdesk.tracker.claim.RetractionRecorded;
import org.newsdesk.tracker.claim.StatementRecorded;
import org.newsdesk.tracker.claim.Strength;
import org.newsdesk.tracker.claim.Verdict;
import org.newsdesk.tracker.common.DevelopmentDetails;
import org.newsdesk.tracker.common.DevelopmentId;
import org.newsdesk.tracker.common.Figure;
import org.newsdesk.tracker.common.OccurredOn;
import org.newsdesk.tracker.integrity.EventHash;
import org.newsdesk.tracker.investigation.InvestigationId;
import org.newsdesk.tracker.investigation.InvestigationOpened;
import org.newsdesk.tracker.party.PartyId;
import org.newsdesk.tracker.party.PartyKind;
import org.newsdesk.tracker.party.PartyRegistered;
import org.newsdesk.tracker.source.SourceId;
import org.newsdesk.tracker.source.SourceKind;
import org.newsdesk.tracker.source.SourceRegistered;

/**
 * An archive of investigations written straight into the event table, exactly as the
 * tracker stores events (the same serializer, metadata and hash chain), so that a
 * benchmark can start from a million events in seconds instead of hours of commands. The
 * mix: parties and sources, investigations of claims with about twenty developments each
 * (allegations, denials, evidence, statements, retractions, corrections, strikes,
 * assessments), one investigation whose board holds 500 claims, and one claim with 1,000
 * developments.
 */
final class Archive {

	static final String RECORDED_BY = "archive";

	private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
		.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

	private static final String[] WORDS = { "the", "ministry", "phone", "list", "forensic", "traces", "spyware",
			"journalist", "client", "contract", "denies", "confirms", "analysis", "leaked", "numbers", "government",
			"inquiry", "complaint", "lawyers", "report", "company", "targets", "server", "network", "exploit" };

	private final Random random;

	private final List<PartyId> parties = new ArrayList<>();

	private final List<SourceId> sources = new ArrayList<>();

	private final List<Object[]> batch = new ArrayList<>();

	private final PreparedStatement insert;

	private Instant clock = Instant.parse("2024-01-08T07:00:00Z");

	private long written;

	/** What the benchmark reads back. */
	record Written(long events, InvestigationId board, ClaimId longClaim, List<ClaimId> claims, List<PartyId> parties,
			List<SourceId> sources, Instant boardOpened, Instant longClaimRegistered, Instant lastRecorded) {
	}

	private Archive(Connection connection, long seed) throws SQLException {
		this.random = new Random(seed);
		this.insert = connection.prepareStatement("insert into domain_event_entry (event_identifier,"
				+ " aggregate_identifier, sequence_number, type, time_stamp, payload_type, payload_revision, payload,"
				+ " meta_data) values (?, ?, ?, ?, ?, ?, null, ?, ?)");
	}

	static Written write(Connection connection, long events, long seed) throws Exception {
		connection.setAutoCommit(false);
		Archive archive = new Archive(connection, seed);
		Written written = archive.fill(events);
		archive.flush();
		connection.commit();
		return written;
	}

	private Written fill(long target) throws Exception {
		for (int i = 0; i < 500; i++) {
			PartyId party = new PartyId(UUID.randomUUID());
			this.parties.add(party);
			stream("Party", party.toString(), List.of(new PartyRegistered(party, "Party " + i + " " + words(2),
					PartyKind.values()[i % PartyKind.values().length], "FR")));
		}
		for (int i = 0; i < 1000; i++) {
			SourceId source = new SourceId(UUID.randomUUID());
			this.sources.add(source);
			stream("Source", source.toString(),
					List.of(new SourceRegistered(source, SourceKind.values()[i % SourceKind.values().length],
							"Source " + i + " " + words(6), "https://example.org/" + i, pick(this.parties),
							LocalDate.of(2021, 1 + i % 12, 1 + i % 28), false)));
		}
		List<ClaimId> claims = new ArrayList<>();
		InvestigationId board = investigation("A board of 500 claims");
		Instant boardOpened = this.clock;
		for (int i = 0; i < 500; i++) {
			claims.add(claim(board, 3 + this.random.nextInt(6)));
		}
		InvestigationId longStory = investigation("A long story");
		Instant longClaimRegistered = this.clock.plusSeconds(3);
		ClaimId longClaim = claim(longStory, 1000);
		InvestigationId investigation = null;
		int claimsInInvestigation = 0;
		while (this.written + this.batch.size() < target) {
			if (investigation == null || claimsInInvestigation == 50) {
				investigation = investigation("Investigation " + words(3));
				claimsInInvestigation = 0;
			}
			claims.add(claim(investigation, 8 + this.random.nextInt(25)));
			claimsInInvestigation++;
		}
		return new Written(this.written + this.batch.size(), board, longClaim, claims, this.parties, this.sources,
				boardOpened, longClaimRegistered, this.clock);
	}

	private InvestigationId investigation(String title) throws Exception {
		InvestigationId id = new InvestigationId(UUID.randomUUID());
		stream("Investigation", id.toString(), List.of(new InvestigationOpened(id, title, words(30))));
		return id;
	}

	/** A claim and its developments, each aimed only at what it may act on. */
	private ClaimId claim(InvestigationId investigation, int developments) throws Exception {
		ClaimId claim = new ClaimId(UUID.randomUUID());
		List<Object> events = new ArrayList<>();
		events.add(new ClaimRegistered(claim, investigation, "Claim that " + words(12), List.of(pick(this.parties))));
		List<DevelopmentId> standing = new ArrayList<>();
		for (int i = 0; i < developments; i++) {
			DevelopmentId id = new DevelopmentId(UUID.randomUUID());
			int roll = this.random.nextInt(100);
			if (roll < 5 && !standing.isEmpty()) {
				events.add(new RetractionRecorded(claim, investigation, id, details(false),
						standing.remove(this.random.nextInt(standing.size()))));
			}
			else if (roll < 9 && !standing.isEmpty()) {
				events.add(new DevelopmentCorrected(claim, investigation, id, pick(standing), "Corrected: " + words(6),
						new Correction(occurredOn(), null, null, "Corrected " + words(40), null, null, null)));
			}
			else if (roll < 11 && !standing.isEmpty()) {
				events.add(new DevelopmentStruck(claim, investigation, id,
						standing.remove(this.random.nextInt(standing.size())), "Entered in error"));
			}
			else if (roll < 12) {
				events.add(new ClaimAssessed(claim, investigation, id,
						Verdict.values()[this.random.nextInt(Verdict.values().length)], words(30)));
			}
			else {
				standing.add(id);
				if (roll < 40) {
					events.add(new AllegationRecorded(claim, investigation, id, details(true)));
				}
				else if (roll < 60) {
					events.add(new DenialRecorded(claim, investigation, id, details(true)));
				}
				else if (roll < 80) {
					events.add(new EvidenceRecorded(claim, investigation, id, details(true),
							this.random.nextBoolean() ? Bearing.SUPPORTS : Bearing.CONTRADICTS,
							Strength.values()[this.random.nextInt(Strength.values().length)]));
				}
				else {
					events.add(new StatementRecorded(claim, investigation, id, details(false)));
				}
			}
		}
		stream("Claim", claim.toString(), events);
		return claim;
	}

	private DevelopmentDetails details(boolean sourced) {
		List<Figure> figures = (this.random.nextInt(10) == 0)
				? List.of(new Figure(BigDecimal.valueOf(1 + this.random.nextInt(50_000)), "phone numbers",
						"numbers on the list", true))
				: List.of();
		return new DevelopmentDetails(occurredOn(), List.of(pick(this.parties)),
				sourced ? List.of(pick(this.sources)) : List.of(), words(35 + this.random.nextInt(40)), figures);
	}

	private OccurredOn occurredOn() {
		LocalDate day = LocalDate.of(2021, 1, 1).plusDays(this.random.nextInt(730));
		return switch (this.random.nextInt(10)) {
			case 0 -> OccurredOn.parse(String.valueOf(day.getYear()));
			case 1, 2 -> OccurredOn.parse(day.toString().substring(0, 7));
			default -> OccurredOn.parse(day.toString());
		};
	}

	private String words(int count) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < count; i++) {
			text.append((i == 0) ? "" : " ").append(WORDS[this.random.nextInt(WORDS.length)]);
		}
		return text.toString();
	}

	private <T> T pick(List<T> from) {
		return from.get(this.random.nextInt(from.size()));
	}

	private void stream(String type, String aggregate, List<Object> events) throws Exception {
		EventHash previous = EventHash.NONE;
		for (int sequence = 0; sequence < events.size(); sequence++) {
			Object event = events.get(sequence);
			this.clock = this.clock.plusMillis(200 + this.random.nextInt(2000));
			String stamp = DateTimeUtils.formatInstant(this.clock);
			byte[] payload = JSON.writeValueAsBytes(event);
			String payloadType = event.getClass().getName();
			EventHash hash = EventHash.compute(previous, aggregate, sequence, payloadType, payload,
					DateTimeUtils.parseInstant(stamp), RECORDED_BY);
			previous = hash;
			Map<String, Object> metaData = new LinkedHashMap<>();
			metaData.put("recordedBy", RECORDED_BY);
			metaData.put("correlationId", UUID.randomUUID().toString());
			metaData.put("requestId", UUID.randomUUID().toString());
			metaData.put("hash", hash.hex());
			this.batch.add(new Object[] { UUID.randomUUID().toString(), aggregate, (long) sequence, type, stamp,
					payloadType, payload, JSON.writeValueAsString(metaData).getBytes(StandardCharsets.UTF_8) });
			if (this.batch.size() == 2000) {
				flush();
			}
		}
	}

	private void flush() throws SQLException {
		for (Object[] row : this.batch) {
			for (int i = 0; i < row.length; i++) {
				this.insert.setObject(i + 1, row[i]);
			}
			this.insert.addBatch();
		}
		this.insert.executeBatch();
		this.written += this.batch.size();
		this.batch.clear();
	}

}
