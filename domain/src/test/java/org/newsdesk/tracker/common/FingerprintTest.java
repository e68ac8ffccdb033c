package org.newsdesk.tracker.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.newsdesk.tracker.claim.Bearing;
import org.newsdesk.tracker.claim.ClaimId;
import org.newsdesk.tracker.claim.EvidenceRecorded;
import org.newsdesk.tracker.claim.Strength;
import org.newsdesk.tracker.investigation.InvestigationId;
import org.newsdesk.tracker.party.PartyId;
import org.newsdesk.tracker.source.SourceId;

/** Two fingerprints are equal exactly when their records are. */
class FingerprintTest {

	private static final int CASES = 3_000;

	@Test
	void generatedEventsHaveEqualFingerprintsExactlyWhenEqual() {
		Random random = new Random(20210718);
		List<EvidenceRecorded> events = new ArrayList<>();
		for (int i = 0; i < CASES; i++) {
			events.add(evidence(random));
		}
		for (int i = 0; i < CASES; i++) {
			EvidenceRecorded one = events.get(i);
			// The same values built again, and a neighbour that may differ in one place.
			EvidenceRecorded again = copy(one);
			EvidenceRecorded other = events.get((i + 1) % CASES);
			assertThat(Fingerprint.of(again)).as("case %d", i).isEqualTo(Fingerprint.of(one));
			assertThat(Fingerprint.of(other).equals(Fingerprint.of(one))).as("case %d", i).isEqualTo(other.equals(one));
			assertThat(Fingerprint.of(one).encoded()).isTrue();
		}
	}

	@Test
	void anyOneComponentChangedChangesTheFingerprint() {
		Random random = new Random(2021);
		EvidenceRecorded base = evidence(random);
		DevelopmentDetails details = base.details();
		List<EvidenceRecorded> variants = List.of(
				new EvidenceRecorded(new ClaimId(UUID.randomUUID()), base.investigationId(), base.developmentId(),
						details, base.bearing(), base.strength()),
				new EvidenceRecorded(base.claimId(), base.investigationId(), base.developmentId(), details,
						(base.bearing() == Bearing.SUPPORTS) ? Bearing.CONTRADICTS : Bearing.SUPPORTS, base.strength()),
				new EvidenceRecorded(base.claimId(), base.investigationId(), base.developmentId(),
						new DevelopmentDetails(details.occurredOn(), details.partyIds(), details.sourceIds(),
								details.summary() + " ", details.figures()),
						base.bearing(), base.strength()),
				new EvidenceRecorded(base.claimId(), base.investigationId(), base.developmentId(),
						new DevelopmentDetails(OccurredOn.parse("1999"), details.partyIds(), details.sourceIds(),
								details.summary(), details.figures()),
						base.bearing(), base.strength()),
				new EvidenceRecorded(base.claimId(), base.investigationId(), base.developmentId(),
						new DevelopmentDetails(details.occurredOn(), details.partyIds(), details.sourceIds(),
								details.summary(),
								List.of(new Figure(new BigDecimal("37"), "phones", "analysed", false))),
						base.bearing(), base.strength()));
		for (EvidenceRecorded variant : variants) {
			assertThat(variant).isNotEqualTo(base);
			assertThat(Fingerprint.of(variant)).as("%s", variant).isNotEqualTo(Fingerprint.of(base));
		}
	}

	@Test
	void valuesThatPrintAlikeStayApart() {
		record Pair(String first, String second) {
		}
		record Numbers(Object value) {
		}
		// The text of one component moved into the next, which a printed form would not
		// tell apart.
		assertThat(Fingerprint.of(new Pair("a, second=b", ""))).isNotEqualTo(Fingerprint.of(new Pair("a", "b")));
		assertThat(Fingerprint.of(new Pair("ab", ""))).isNotEqualTo(Fingerprint.of(new Pair("a", "b")));
		// Unpaired surrogates, which UTF-8 would turn into the same replacement
		// character.
		assertThat(Fingerprint.of(new Pair("\uD800", ""))).isNotEqualTo(Fingerprint.of(new Pair("\uDBFF", "")));
		// Strings of one-byte code units are written a byte each, others two.
		assertThat(Fingerprint.of(new Pair("a\u0100", ""))).isNotEqualTo(Fingerprint.of(new Pair("a\u0001\u0000", "")));
		assertThat(Fingerprint.of(new Pair("\u00e9t\u00e9", "")))
			.isEqualTo(Fingerprint.of(new Pair(new String(new char[] { 0xE9, 't', 0xE9 }), "")))
			.isNotEqualTo(Fingerprint.of(new Pair("\u00e9t\u00e9\u0100", "")));
		assertThat(Fingerprint.of(new Pair("\u0000\u00ff", ""))).isNotEqualTo(Fingerprint.of(new Pair("\u00ff", "")));
		// Decimals compare with their scale, like BigDecimal.equals.
		assertThat(Fingerprint.of(new Numbers(new BigDecimal("1.0"))))
			.isNotEqualTo(Fingerprint.of(new Numbers(new BigDecimal("1.00"))));
		assertThat(Fingerprint.of(new Numbers(1))).isNotEqualTo(Fingerprint.of(new Numbers(1L)));
		assertThat(Fingerprint.of(new Numbers(null))).isNotEqualTo(Fingerprint.of(new Numbers("")));
		assertThat(Fingerprint.of(new Numbers(List.of("a", "b"))))
			.isNotEqualTo(Fingerprint.of(new Numbers(List.of("b", "a"))));
		assertThat(Fingerprint.of(new Numbers(Instant.ofEpochSecond(1, 1))))
			.isNotEqualTo(Fingerprint.of(new Numbers(Instant.ofEpochSecond(1, 2))));
		assertThat(Fingerprint.of(new Numbers(LocalDate.of(2021, 7, 18))))
			.isEqualTo(Fingerprint.of(new Numbers(LocalDate.of(2021, 7, 18))));
	}

	@Test
	void aValueTheEncodingDoesNotCoverIsKeptAndComparedItself() {
		record Tags(Set<String> tags) {
		}
		Fingerprint one = Fingerprint.of(new Tags(Set.of("a", "b")));
		assertThat(one.encoded()).isFalse();
		assertThat(Fingerprint.of(new Tags(Set.of("b", "a")))).isEqualTo(one);
		assertThat(Fingerprint.of(new Tags(Set.of("a")))).isNotEqualTo(one);
	}

	@Test
	void aFingerprintStoredAsItsHalvesIsTheSame() {
		Fingerprint one = Fingerprint.of(evidence(new Random(5)));
		assertThat(Fingerprint.of(one.high(), one.low())).isEqualTo(one).hasSameHashCodeAs(one);
	}

	/**
	 * Evidence drawn from small sets of values, so that neighbours are sometimes equal
	 * and often differ in a single component.
	 */
	private static EvidenceRecorded evidence(Random random) {
		ClaimId claim = new ClaimId(new UUID(0, random.nextInt(2)));
		InvestigationId investigation = new InvestigationId(new UUID(1, random.nextInt(2)));
		DevelopmentId development = new DevelopmentId(new UUID(2, random.nextInt(3)));
		List<PartyId> parties = new ArrayList<>();
		for (int p = random.nextInt(3); p > 0; p--) {
			parties.add(new PartyId(new UUID(3, random.nextInt(2))));
		}
		List<SourceId> sources = List.of(new SourceId(new UUID(4, random.nextInt(2))));
		String summary = List.of("", "The list holds 50,000 numbers", "Der Bericht", "\u00e9t\u00e9 \uD83D\uDCF1")
			.get(random.nextInt(4));
		List<Figure> figures = random.nextBoolean() ? List.of()
				: List.of(new Figure(new BigDecimal(random.nextInt(3) + "." + random.nextInt(2)), "phones", "seen",
						random.nextBoolean()));
		OccurredOn occurredOn = OccurredOn.parse(List.of("2021", "2021-07", "2021-07-18").get(random.nextInt(3)));
		return new EvidenceRecorded(claim, investigation, development,
				new DevelopmentDetails(occurredOn, parties, sources, summary, figures),
				Bearing.values()[random.nextInt(2)], Strength.values()[random.nextInt(Strength.values().length)]);
	}

	private static EvidenceRecorded copy(EvidenceRecorded event) {
		DevelopmentDetails details = event.details();
		return new EvidenceRecorded(new ClaimId(UUID.fromString(event.claimId().toString())),
				new InvestigationId(UUID.fromString(event.investigationId().toString())),
				DevelopmentId.of(event.developmentId().toString()),
				new DevelopmentDetails(OccurredOn.parse(details.occurredOn().text()),
						new ArrayList<>(details.partyIds()), new ArrayList<>(details.sourceIds()),
						new String(details.summary().toCharArray()), new ArrayList<>(details.figures())),
				event.bearing(), event.strength());
	}

}
