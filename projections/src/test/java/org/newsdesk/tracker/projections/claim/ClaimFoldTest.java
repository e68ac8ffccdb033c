package org.newsdesk.tracker.projections.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.newsdesk.tracker.claim.AllegationRecorded;
import org.newsdesk.tracker.claim.Bearing;
import org.newsdesk.tracker.claim.ClaimAssessed;
import org.newsdesk.tracker.claim.ClaimId;
import org.newsdesk.tracker.claim.ClaimRegistered;
import org.newsdesk.tracker.claim.ClaimStatus;
import org.newsdesk.tracker.claim.Correction;
import org.newsdesk.tracker.claim.DenialRecorded;
import org.newsdesk.tracker.claim.DevelopmentCorrected;
import org.newsdesk.tracker.claim.DevelopmentStruck;
import org.newsdesk.tracker.claim.EvidenceRecorded;
import org.newsdesk.tracker.claim.RetractionRecorded;
import org.newsdesk.tracker.claim.Strength;
import org.newsdesk.tracker.claim.Verdict;
import org.newsdesk.tracker.common.DevelopmentDetails;
import org.newsdesk.tracker.common.DevelopmentId;
import org.newsdesk.tracker.common.OccurredOn;
import org.newsdesk.tracker.investigation.InvestigationId;
import org.newsdesk.tracker.party.PartyId;
import org.newsdesk.tracker.projections.common.Cut;
import org.newsdesk.tracker.projections.common.RecordedEvent;
import org.newsdesk.tracker.projections.history.HistoryEntry;
import org.newsdesk.tracker.source.SourceId;

/**
 * The claim fold, fed events directly: status, parties, assessment and both time cuts.
 */
class ClaimFoldTest {

	private static final ClaimId CLAIM = new ClaimId(UUID.fromString("00000000-0000-0000-0000-000000000301"));

	private static final InvestigationId INVESTIGATION = new InvestigationId(
			UUID.fromString("00000000-0000-0000-0000-000000000001"));

	private static final PartyId CONSORTIUM = new PartyId(UUID.fromString("00000000-0000-0000-0000-000000000101"));

	private static final PartyId VENDOR = new PartyId(UUID.fromString("00000000-0000-0000-0000-000000000102"));

	private static final SourceId SOURCE = new SourceId(UUID.fromString("00000000-0000-0000-0000-000000000201"));

	private static final Instant T0 = Instant.parse("2026-01-01T09:00:00Z");

	private final List<RecordedEvent> stream = new ArrayList<>();

	ClaimFoldTest() {
		add(new ClaimRegistered(CLAIM, INVESTIGATION, "The phone was targeted", List.of(VENDOR)));
	}

	private void add(Object payload) {
		this.stream.add(
				new RecordedEvent(this.stream.size() + 1, payload, T0.plusSeconds(60L * this.stream.size()), "editor"));
	}

	private Instant recordedAt(int version) {
		return this.stream.get(version - 1).recordedAt();
	}

	private static DevelopmentId dev(int n) {
		return new DevelopmentId(new UUID(0, n));
	}

	private static DevelopmentDetails details(String occurredOn, PartyId party) {
		return new DevelopmentDetails(OccurredOn.parse(occurredOn), List.of(party), List.of(SOURCE), "summary",
				List.of());
	}

	private ClaimStatus status(Cut cut) {
		return ClaimFold.view(this.stream, cut).status();
	}

	private ClaimStatus status() {
		return status(Cut.NONE);
	}

	private static Cut asOf(String date) {
		return new Cut(null, OccurredOn.parse(date));
	}

	@Test
	void aRegisteredClaimIsOpen() {
		ClaimView view = ClaimFold.view(this.stream, Cut.NONE);
		assertThat(view.status()).isEqualTo(ClaimStatus.OPEN);
		assertThat(view.version()).isEqualTo(1);
		assertThat(view.subjectPartyIds()).containsExactly(VENDOR);
		assertThat(view.statusPath()).containsExactly(ClaimStatus.OPEN);
	}

	@Test
	void nothingIsKnownBeforeTheRegistrationWasRecorded() {
		assertThat(ClaimFold.view(this.stream, new Cut(T0.minusSeconds(1), null))).isNull();
	}

	@Test
	void anAllegationAndADenialMakeTheClaimContestedWithWhoSaidWhat() {
		add(new AllegationRecorded(CLAIM, INVESTIGATION, dev(1), details("2021-07-18", CONSORTIUM)));
		add(new DenialRecorded(CLAIM, INVESTIGATION, dev(2), details("2021-07-19", VENDOR)));
		ClaimView view = ClaimFold.view(this.stream, Cut.NONE);
		assertThat(view.status()).isEqualTo(ClaimStatus.CONTESTED);
		assertThat(view.allegedBy()).containsExactly(CONSORTIUM);
		assertThat(view.deniedBy()).containsExactly(VENDOR);
		assertThat(view.statusPath()).containsExactly(ClaimStatus.OPEN, ClaimStatus.ALLEGED, ClaimStatus.CONTESTED);
		assertThat(view.developments()).isEqualTo(2);
	}

	@Test
	void aMonthCountsAtItsEndForAsOf() {
		add(new AllegationRecorded(CLAIM, INVESTIGATION, dev(1), details("2021-07", CONSORTIUM)));
		assertThat(status(asOf("2021-07-15"))).isEqualTo(ClaimStatus.OPEN);
		assertThat(status(asOf("2021-07-31"))).isEqualTo(ClaimStatus.ALLEGED);
		assertThat(status(asOf("2021-07"))).isEqualTo(ClaimStatus.ALLEGED);
		assertThat(status(asOf("2021"))).isEqualTo(ClaimStatus.ALLEGED);
		assertThat(status(asOf("2021-07-31T23:59:59Z"))).isEqualTo(ClaimStatus.OPEN);
	}

	@Test
	void knownAtShowsWhatTheTrackerShowedThen() {
		add(new AllegationRecorded(CLAIM, INVESTIGATION, dev(1), details("2021-07-18", CONSORTIUM)));
		add(new EvidenceRecorded(CLAIM, INVESTIGATION, dev(2), details("2021-07-29", CONSORTIUM), Bearing.SUPPORTS,
				Strength.CONCLUSIVE));
		assertThat(status()).isEqualTo(ClaimStatus.CONFIRMED);
		assertThat(status(new Cut(recordedAt(2), null))).isEqualTo(ClaimStatus.ALLEGED);
		assertThat(ClaimFold.view(this.stream, new Cut(recordedAt(2), null)).version()).isEqualTo(2);
		assertThat(ClaimFold.history(this.stream, new Cut(recordedAt(2), null))).hasSize(2);
	}

	@Test
	void correctionsApplyWithTodaysKnowledgeButNotBeforeTheyWereRecorded() {
		add(new EvidenceRecorded(CLAIM, INVESTIGATION, dev(1), details("2021-07-20", CONSORTIUM), Bearing.SUPPORTS,
				Strength.CONCLUSIVE));
		add(new DevelopmentCorrected(CLAIM, INVESTIGATION, dev(2), dev(1), "published later",
				new Correction(OccurredOn.parse("2021-08-02"), null, null, null, null, null, null)));
		assertThat(status(asOf("2021-07-31"))).isEqualTo(ClaimStatus.OPEN);
		assertThat(status(new Cut(recordedAt(2), OccurredOn.parse("2021-07-31")))).isEqualTo(ClaimStatus.CONFIRMED);
		List<HistoryEntry> history = ClaimFold.history(this.stream, Cut.NONE);
		assertThat(history.get(1).occurredOn().text()).isEqualTo("2021-08-02");
		assertThat(ClaimFold.history(this.stream, asOf("2021-07-31"))).extracting(HistoryEntry::type)
			.containsExactly("ClaimRegistered");
	}

	@Test
	void correctedBearingAndStrengthChangeTheStatus() {
		add(new EvidenceRecorded(CLAIM, INVESTIGATION, dev(1), details("2021-07-20", CONSORTIUM), Bearing.SUPPORTS,
				Strength.STRONG));
		assertThat(status()).isEqualTo(ClaimStatus.CORROBORATED);
		add(new DevelopmentCorrected(CLAIM, INVESTIGATION, dev(2), dev(1), "misread the report",
				new Correction(null, null, null, null, null, Bearing.CONTRADICTS, Strength.CONCLUSIVE)));
		assertThat(status()).isEqualTo(ClaimStatus.REFUTED);
	}

	@Test
	void struckDevelopmentsCountForNothingButStayInHistory() {
		add(new AllegationRecorded(CLAIM, INVESTIGATION, dev(1), details("2021-07-18", CONSORTIUM)));
		add(new DevelopmentStruck(CLAIM, INVESTIGATION, dev(2), dev(1), "entered in error"));
		assertThat(status()).isEqualTo(ClaimStatus.OPEN);
		List<HistoryEntry> history = ClaimFold.history(this.stream, Cut.NONE);
		assertThat(history).extracting(HistoryEntry::statusAfter)
			.containsExactly(ClaimStatus.OPEN, ClaimStatus.ALLEGED, ClaimStatus.OPEN);
		assertThat(history.get(1).struck()).isTrue();
		assertThat(history.get(2).targetDevelopmentId()).isEqualTo(dev(1));
	}

	@Test
	void retractingEveryAllegationWithdrawsTheClaimAndStrikingARetractionRestoresIt() {
		add(new AllegationRecorded(CLAIM, INVESTIGATION, dev(1), details("2021-07-18", CONSORTIUM)));
		add(new RetractionRecorded(CLAIM, INVESTIGATION, dev(2), details("2021-08-01", CONSORTIUM), dev(1)));
		assertThat(status()).isEqualTo(ClaimStatus.WITHDRAWN);
		assertThat(status(asOf("2021-07-31"))).isEqualTo(ClaimStatus.ALLEGED);
		assertThat(ClaimFold.view(this.stream, Cut.NONE).allegedBy()).isEmpty();
		add(new DevelopmentStruck(CLAIM, INVESTIGATION, dev(3), dev(2), "wrong claim"));
		assertThat(status()).isEqualTo(ClaimStatus.ALLEGED);
		assertThat(ClaimFold.view(this.stream, Cut.NONE).allegedBy()).containsExactly(CONSORTIUM);
	}

	@Test
	void theLatestStandingAssessmentIsShownAndAStruckOneIsNot() {
		add(new ClaimAssessed(CLAIM, INVESTIGATION, dev(1), Verdict.UNPROVEN, "too early"));
		add(new ClaimAssessed(CLAIM, INVESTIGATION, dev(2), Verdict.TRUE, "forensics confirm it"));
		assertThat(ClaimFold.view(this.stream, Cut.NONE).assessment().verdict()).isEqualTo(Verdict.TRUE);
		add(new DevelopmentStruck(CLAIM, INVESTIGATION, dev(3), dev(2), "premature"));
		assertThat(ClaimFold.view(this.stream, Cut.NONE).assessment().verdict()).isEqualTo(Verdict.UNPROVEN);
		assertThat(ClaimFold.view(this.stream, asOf("2021-07-31")).assessment()).isNull();
		assertThat(status()).isEqualTo(ClaimStatus.OPEN);
	}

	@Test
	void conclusiveEvidenceBothWaysIsContested() {
		add(new EvidenceRecorded(CLAIM, INVESTIGATION, dev(1), details("2021-07-20", CONSORTIUM), Bearing.SUPPORTS,
				Strength.CONCLUSIVE));
		add(new EvidenceRecorded(CLAIM, INVESTIGATION, dev(2), details("2021-07-21", VENDOR), Bearing.CONTRADICTS,
				Strength.CONCLUSIVE));
		assertThat(status()).isEqualTo(ClaimStatus.CONTESTED);
		assertThat(status(asOf("2021-07-20"))).isEqualTo(ClaimStatus.CONFIRMED);
		assertThat(ClaimFold.view(this.stream, Cut.NONE).evidence()).isEqualTo(2);
	}

}
