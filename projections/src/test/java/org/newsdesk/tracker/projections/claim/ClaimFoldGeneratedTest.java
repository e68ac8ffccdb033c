package org.newsdesk.tracker.projections.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.newsdesk.tracker.claim.AllegationRecorded;
import org.newsdesk.tracker.claim.Bearing;
import org.newsdesk.tracker.claim.ClaimAssessed;
import org.newsdesk.tracker.claim.ClaimDevelopment;
import org.newsdesk.tracker.claim.ClaimId;
import org.newsdesk.tracker.claim.ClaimRegistered;
import org.newsdesk.tracker.claim.ClaimStatus;
import org.newsdesk.tracker.claim.Correction;
import org.newsdesk.tracker.claim.DenialRecorded;
import org.newsdesk.tracker.claim.DevelopmentCorrected;
import org.newsdesk.tracker.claim.DevelopmentKind;
import org.newsdesk.tracker.claim.DevelopmentStruck;
import org.newsdesk.tracker.claim.EvidenceRecorded;
import org.newsdesk.tracker.claim.RetractionRecorded;
import org.newsdesk.tracker.claim.StatementRecorded;
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

/**
 * Random claim stories (seeded, so a failure names its seed and replays exactly) folded
 * at random cuts, checked against a reference that recomputes the status from scratch,
 * the way DESIGN.md states the rules, without the fold's incremental bookkeeping.
 */
class ClaimFoldGeneratedTest {

	private static final ClaimId CLAIM = new ClaimId(new UUID(0, 1));

	private static final InvestigationId INVESTIGATION = new InvestigationId(new UUID(0, 2));

	private static final int SEEDS = 400;

	@Test
	void foldAgreesWithTheRulesAtRandomCutsOfRandomStories() {
		for (long seed = 1; seed <= SEEDS; seed++) {
			Random random = new Random(seed);
			List<RecordedEvent> stream = story(random);
			for (int c = 0; c < 6; c++) {
				Cut cut = cut(random, stream);
				String where = "seed " + seed + ", cut " + cut;
				List<RecordedEvent> known = stream.stream().filter((e) -> cut.known(e.recordedAt())).toList();
				ClaimView view = ClaimFold.view(stream, cut);
				if (known.isEmpty()) {
					assertThat(view).as(where).isNull();
					continue;
				}
				assertThat(view.status()).as(where).isEqualTo(reference(known, cut.asOf()));
				assertThat(view.version()).as(where).isEqualTo(known.size());
				for (HistoryEntry entry : ClaimFold.history(stream, cut)) {
					List<RecordedEvent> prefix = known.subList(0, (int) entry.version());
					assertThat(entry.statusAfter()).as(where + ", history version " + entry.version())
						.isEqualTo(reference(prefix, cut.asOf()));
				}
			}
		}
	}

	/**
	 * The board's row moved on by each development that only adds to the claim equals the
	 * row the whole fold gives after the same event.
	 */
	@Test
	void boardRowMovedOnByItselfEqualsTheFold() {
		int movedOn = 0;
		for (long seed = 1; seed <= SEEDS; seed++) {
			List<RecordedEvent> stream = story(new Random(seed));
			ClaimFold fold = ClaimFold.incremental();
			ClaimTally row = null;
			for (RecordedEvent event : stream) {
				fold.add(event);
				ClaimTally folded = ClaimTally.of(fold, event.recordedAt());
				ClaimTally next = (row != null) ? row.next(event) : null;
				if (next != null) {
					movedOn++;
					assertThat(next).as("seed " + seed + ", version " + event.version()).isEqualTo(folded);
				}
				else {
					assertThat(event.payload()).as("seed " + seed + ", version " + event.version())
						.isInstanceOfAny(ClaimRegistered.class, RetractionRecorded.class, DevelopmentCorrected.class,
								DevelopmentStruck.class);
				}
				row = folded;
			}
		}
		assertThat(movedOn).as("developments that moved the row by themselves").isGreaterThan(SEEDS * 5);
	}

	@Test
	void boardRowNeedsTheFoldForAnEventThatIsNotItsNext() {
		List<RecordedEvent> stream = story(new Random(7));
		ClaimFold fold = ClaimFold.incremental();
		fold.add(stream.get(0));
		ClaimTally registered = ClaimTally.of(fold, stream.get(0).recordedAt());
		RecordedEvent later = new RecordedEvent(3,
				new StatementRecorded(CLAIM, INVESTIGATION, new DevelopmentId(new UUID(9, 9)),
						new DevelopmentDetails(OccurredOn.parse("2021-07-19"), List.of(), List.of(), "s", List.of())),
				stream.get(0).recordedAt(), "editor");
		assertThat(registered.next(later)).isNull();
	}

	/**
	 * The status rules applied from scratch to the known events, counting only what had
	 * happened by asOf.
	 */
	private static ClaimStatus reference(List<RecordedEvent> known, OccurredOn asOf) {
		record Dev(DevelopmentKind kind, OccurredOn occurredOn, Instant recordedAt, Bearing bearing, Strength strength,
				DevelopmentId target) {
		}
		Map<DevelopmentId, Dev> developments = new HashMap<>();
		Set<DevelopmentId> struck = new HashSet<>();
		for (RecordedEvent event : known) {
			Object payload = event.payload();
			if (payload instanceof DevelopmentCorrected corrected) {
				Dev old = developments.get(corrected.correctedDevelopmentId());
				Correction c = corrected.correction();
				developments.put(corrected.correctedDevelopmentId(),
						new Dev(old.kind(), (c.occurredOn() != null) ? c.occurredOn() : old.occurredOn(),
								old.recordedAt(), (c.bearing() != null) ? c.bearing() : old.bearing(),
								(c.strength() != null) ? c.strength() : old.strength(), old.target()));
			}
			else if (payload instanceof DevelopmentStruck strike) {
				struck.add(strike.struckDevelopmentId());
			}
			else if (payload instanceof EvidenceRecorded e) {
				developments.put(e.developmentId(), new Dev(e.kind(), e.details().occurredOn(), event.recordedAt(),
						e.bearing(), e.strength(), null));
			}
			else if (payload instanceof RetractionRecorded r) {
				developments.put(r.developmentId(), new Dev(r.kind(), r.details().occurredOn(), event.recordedAt(),
						null, null, r.retractedDevelopmentId()));
			}
			else if (payload instanceof ClaimAssessed a) {
				developments.put(a.developmentId(), new Dev(a.kind(), null, event.recordedAt(), null, null, null));
			}
			else if (payload instanceof ClaimDevelopment d) {
				OccurredOn occurredOn = org.newsdesk.tracker.projections.common.EventFields.occurredOn(d);
				developments.put(d.developmentId(),
						new Dev(d.kind(), occurredOn, event.recordedAt(), null, null, null));
			}
		}
		Map<DevelopmentId, Dev> counted = new HashMap<>();
		developments.forEach((id, dev) -> {
			boolean happened = asOf == null || ((dev.occurredOn() != null) ? !dev.occurredOn().end().isAfter(asOf.end())
					: dev.recordedAt().isBefore(asOf.end()));
			if (happened && !struck.contains(id)) {
				counted.put(id, dev);
			}
		});
		Set<DevelopmentId> retracted = new HashSet<>();
		counted.values()
			.stream()
			.filter((d) -> d.kind() == DevelopmentKind.RETRACTION)
			.forEach((d) -> retracted.add(d.target()));
		long allegations = counted.values().stream().filter((d) -> d.kind() == DevelopmentKind.ALLEGATION).count();
		long standingAllegations = counted.entrySet()
			.stream()
			.filter((e) -> e.getValue().kind() == DevelopmentKind.ALLEGATION && !retracted.contains(e.getKey()))
			.count();
		long standingDenials = counted.entrySet()
			.stream()
			.filter((e) -> e.getValue().kind() == DevelopmentKind.DENIAL && !retracted.contains(e.getKey()))
			.count();
		List<Dev> evidence = counted.entrySet()
			.stream()
			.filter((e) -> e.getValue().kind() == DevelopmentKind.EVIDENCE && !retracted.contains(e.getKey()))
			.map(Map.Entry::getValue)
			.toList();
		boolean supports = evidence.stream()
			.anyMatch((d) -> d.strength() == Strength.CONCLUSIVE && d.bearing() == Bearing.SUPPORTS);
		boolean contradicts = evidence.stream()
			.anyMatch((d) -> d.strength() == Strength.CONCLUSIVE && d.bearing() == Bearing.CONTRADICTS);
		boolean lesserSupport = evidence.stream()
			.anyMatch((d) -> d.strength() != Strength.CONCLUSIVE && d.bearing() == Bearing.SUPPORTS);
		if (contradicts && !supports) {
			return ClaimStatus.REFUTED;
		}
		if (supports && !contradicts) {
			return ClaimStatus.CONFIRMED;
		}
		if (supports) {
			return ClaimStatus.CONTESTED;
		}
		if (lesserSupport) {
			return ClaimStatus.CORROBORATED;
		}
		if (standingAllegations > 0 && standingDenials > 0) {
			return ClaimStatus.CONTESTED;
		}
		if (standingAllegations > 0) {
			return ClaimStatus.ALLEGED;
		}
		return (allegations > 0) ? ClaimStatus.WITHDRAWN : ClaimStatus.OPEN;
	}

	/**
	 * A story the domain would accept: every retraction, correction and strike names a
	 * development it may act on.
	 */
	private static List<RecordedEvent> story(Random random) {
		List<Object> payloads = new ArrayList<>();
		payloads.add(new ClaimRegistered(CLAIM, INVESTIGATION, "A claim", List.of()));
		Map<DevelopmentId, DevelopmentKind> kinds = new HashMap<>();
		Set<DevelopmentId> struck = new HashSet<>();
		Set<DevelopmentId> retracted = new HashSet<>();
		Map<DevelopmentId, DevelopmentId> retractionTargets = new HashMap<>();
		int length = random.nextInt(30);
		for (int i = 0; i < length; i++) {
			DevelopmentId id = new DevelopmentId(new UUID(1, payloads.size()));
			DevelopmentDetails details = new DevelopmentDetails(date(random), parties(random), List.of(), "d",
					List.of());
			int choice = random.nextInt(100);
			List<DevelopmentId> live = kinds.keySet()
				.stream()
				.filter((d) -> !struck.contains(d))
				.sorted(java.util.Comparator.comparing(DevelopmentId::value))
				.toList();
			Object payload;
			if (choice < 22) {
				payload = new AllegationRecorded(CLAIM, INVESTIGATION, id, details);
			}
			else if (choice < 38) {
				payload = new DenialRecorded(CLAIM, INVESTIGATION, id, details);
			}
			else if (choice < 58) {
				payload = new EvidenceRecorded(CLAIM, INVESTIGATION, id, details, Bearing.values()[random.nextInt(2)],
						Strength.values()[random.nextInt(3)]);
			}
			else if (choice < 63) {
				payload = new StatementRecorded(CLAIM, INVESTIGATION, id, details);
			}
			else if (choice < 68) {
				payload = new ClaimAssessed(CLAIM, INVESTIGATION, id, Verdict.values()[random.nextInt(6)], "r");
			}
			else if (choice < 80) {
				List<DevelopmentId> targets = live.stream()
					.filter((d) -> kinds.get(d) != DevelopmentKind.RETRACTION
							&& kinds.get(d) != DevelopmentKind.ASSESSMENT)
					.filter((d) -> !retracted.contains(d))
					.toList();
				if (targets.isEmpty()) {
					continue;
				}
				DevelopmentId target = targets.get(random.nextInt(targets.size()));
				retracted.add(target);
				retractionTargets.put(id, target);
				payload = new RetractionRecorded(CLAIM, INVESTIGATION, id, details, target);
			}
			else if (choice < 90) {
				List<DevelopmentId> targets = live.stream()
					.filter((d) -> kinds.get(d) != DevelopmentKind.ASSESSMENT)
					.toList();
				if (targets.isEmpty()) {
					continue;
				}
				DevelopmentId target = targets.get(random.nextInt(targets.size()));
				boolean evidence = kinds.get(target) == DevelopmentKind.EVIDENCE;
				payload = new DevelopmentCorrected(CLAIM, INVESTIGATION, id, target, "fix",
						new Correction(random.nextBoolean() ? date(random) : null, null, null, null, null,
								(evidence && random.nextBoolean()) ? Bearing.values()[random.nextInt(2)] : null,
								(evidence && random.nextBoolean()) ? Strength.values()[random.nextInt(3)] : null));
				if (((DevelopmentCorrected) payload).correction().isEmpty()) {
					continue;
				}
			}
			else {
				if (live.isEmpty()) {
					continue;
				}
				DevelopmentId target = live.get(random.nextInt(live.size()));
				struck.add(target);
				if (retractionTargets.containsKey(target)) {
					retracted.remove(retractionTargets.get(target));
				}
				payload = new DevelopmentStruck(CLAIM, INVESTIGATION, id, target, "error");
			}
			if (payload instanceof ClaimDevelopment development && !(payload instanceof DevelopmentCorrected)
					&& !(payload instanceof DevelopmentStruck)) {
				kinds.put(id, development.kind());
			}
			payloads.add(payload);
		}
		List<RecordedEvent> stream = new ArrayList<>();
		Instant recordedAt = Instant.parse("2021-07-01T00:00:00Z");
		for (Object payload : payloads) {
			recordedAt = recordedAt.plusSeconds(1 + random.nextInt(3 * 24 * 3600));
			stream.add(new RecordedEvent(stream.size() + 1, payload, recordedAt, "editor"));
		}
		return stream;
	}

	/** None, one or two of four parties, so that parties repeat across developments. */
	private static List<PartyId> parties(Random random) {
		List<PartyId> parties = new ArrayList<>();
		for (int i = random.nextInt(3); i > 0; i--) {
			PartyId party = new PartyId(new UUID(2, random.nextInt(4)));
			if (!parties.contains(party)) {
				parties.add(party);
			}
		}
		return parties;
	}

	private static OccurredOn date(Random random) {
		LocalDate day = LocalDate.of(2021, 6, 1).plusDays(random.nextInt(120));
		return switch (random.nextInt(4)) {
			case 0 -> OccurredOn.parse("2021");
			case 1 -> OccurredOn.parse(day.toString().substring(0, 7));
			case 2 -> OccurredOn.parse(day.toString());
			default -> OccurredOn
				.ofInstant(day.atStartOfDay(java.time.ZoneOffset.UTC).toInstant().plusSeconds(random.nextInt(86400)));
		};
	}

	private static Cut cut(Random random, List<RecordedEvent> stream) {
		Instant knownAt = switch (random.nextInt(3)) {
			case 0 -> null;
			case 1 -> stream.get(random.nextInt(stream.size())).recordedAt();
			default -> stream.get(random.nextInt(stream.size())).recordedAt().minusMillis(1);
		};
		OccurredOn asOf = random.nextBoolean() ? null : date(random);
		return new Cut(knownAt, asOf);
	}

}
