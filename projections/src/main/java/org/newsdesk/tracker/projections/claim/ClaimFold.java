package org.newsdesk.tracker.projections.claim;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.newsdesk.tracker.claim.Bearing;
import org.newsdesk.tracker.claim.ClaimDevelopment;
import org.newsdesk.tracker.claim.ClaimRegistered;
import org.newsdesk.tracker.claim.ClaimStatus;
import org.newsdesk.tracker.claim.DevelopmentCorrected;
import org.newsdesk.tracker.claim.DevelopmentKind;
import org.newsdesk.tracker.claim.DevelopmentStruck;
import org.newsdesk.tracker.claim.StatusRules;
import org.newsdesk.tracker.claim.Strength;
import org.newsdesk.tracker.common.DevelopmentId;
import org.newsdesk.tracker.common.OccurredOn;
import org.newsdesk.tracker.party.PartyId;
import org.newsdesk.tracker.projections.common.Cut;
import org.newsdesk.tracker.projections.common.RecordedEvent;
import org.newsdesk.tracker.projections.history.HistoryEntry;

/**
 * Folds a claim's own event stream into its state at a cut. Events recorded after
 * {@code knownAt} are ignored; of the rest, corrections and strikes always apply (today's
 * knowledge), while a development counts for the status only once it had happened by
 * {@code asOf}.
 */
public final class ClaimFold {

	private final Cut cut;

	private ClaimRegistered registration;

	private Instant registeredAt;

	private long version;

	private final Map<DevelopmentId, FoldedDevelopment> developments = new LinkedHashMap<>();

	private final List<ClaimStatus> statusPath = new ArrayList<>();

	/** How many counting retractions aim at each development. */
	private final Map<DevelopmentId, Integer> retractions = new HashMap<>();

	/** What each development now adds to {@link #tally}. */
	private final Map<DevelopmentId, int[]> weights = new HashMap<>();

	private final Tally tally = new Tally();

	private ClaimFold(Cut cut) {
		this.cut = cut;
	}

	/**
	 * A fold to which a projection adds the claim's events one at a time, in order, so
	 * that a long claim is not refolded from its first event for every new one.
	 */
	public static ClaimFold incremental() {
		return new ClaimFold(Cut.NONE);
	}

	/** Adds the claim's next event. */
	public void add(RecordedEvent event) {
		apply(event);
	}

	/** When the claim was registered, once its registration has been added. */
	public Instant registeredAt() {
		return this.registeredAt;
	}

	/** How many of the claim's events have been added. */
	public long version() {
		return this.version;
	}

	/**
	 * The claim with every event added so far, or {@code null} before its registration.
	 */
	public ClaimView current() {
		return (this.registration != null) ? view() : null;
	}

	/**
	 * The claim at the cut, or {@code null} when nothing of it had been recorded by then.
	 */
	public static ClaimView view(List<RecordedEvent> stream, Cut cut) {
		ClaimFold fold = new ClaimFold(cut);
		stream.stream().filter((event) -> cut.known(event.recordedAt())).forEach(fold::apply);
		return (fold.registration != null) ? fold.view() : null;
	}

	/**
	 * Every event known at the cut, or, with {@code asOf}, those about what had happened
	 * by then.
	 */
	public static List<HistoryEntry> history(List<RecordedEvent> stream, Cut cut) {
		List<RecordedEvent> known = stream.stream().filter((event) -> cut.known(event.recordedAt())).toList();
		ClaimFold whole = new ClaimFold(cut);
		known.forEach(whole::apply);
		ClaimFold replay = new ClaimFold(cut);
		List<HistoryEntry> entries = new ArrayList<>();
		for (RecordedEvent event : known) {
			replay.apply(event);
			DevelopmentId developmentId = (event.payload() instanceof ClaimDevelopment development)
					? development.developmentId() : null;
			FoldedDevelopment finalState = (developmentId != null) ? whole.developments.get(developmentId) : null;
			if (finalState != null && !whole.shown(finalState)) {
				continue;
			}
			entries.add(new HistoryEntry(event.version(), event.type(), developmentId,
					(finalState != null) ? finalState.occurredOn : null, event.recordedAt(), event.recordedBy(),
					replay.status(), (finalState != null) ? finalState.summary : null,
					(finalState != null) ? finalState.target : null, finalState != null && finalState.struck));
		}
		return entries;
	}

	private void apply(RecordedEvent event) {
		this.version = event.version();
		Object payload = event.payload();
		if (payload instanceof ClaimRegistered registered) {
			this.registration = registered;
			this.registeredAt = event.recordedAt();
		}
		else if (payload instanceof DevelopmentCorrected correction) {
			FoldedDevelopment corrected = this.developments.get(correction.correctedDevelopmentId());
			withdraw(corrected);
			corrected.correct(correction.correction());
			enter(corrected);
			add(correction, event);
		}
		else if (payload instanceof DevelopmentStruck strike) {
			FoldedDevelopment struck = this.developments.get(strike.struckDevelopmentId());
			withdraw(struck);
			struck.struck = true;
			enter(struck);
			add(strike, event);
		}
		else if (payload instanceof ClaimDevelopment development) {
			add(development, event);
		}
		ClaimStatus status = status();
		if (this.statusPath.isEmpty() || this.statusPath.get(this.statusPath.size() - 1) != status) {
			this.statusPath.add(status);
		}
	}

	private void add(ClaimDevelopment development, RecordedEvent event) {
		FoldedDevelopment folded = FoldedDevelopment.of(development, event);
		this.developments.put(development.developmentId(), folded);
		enter(folded);
	}

	/**
	 * Adds what a development brings to the status tally, kept as it goes so that the
	 * status after each event costs no scan of the claim: a counting retraction makes its
	 * target stop standing; any other development adds its own weight.
	 */
	private void enter(FoldedDevelopment development) {
		if (development.kind == DevelopmentKind.RETRACTION && counts(development)) {
			int retractions = this.retractions.merge(development.target, 1, Integer::sum);
			FoldedDevelopment target = this.developments.get(development.target);
			if (retractions == 1 && target != null) {
				weigh(target);
			}
		}
		weigh(development);
	}

	/** Takes back what {@link #enter} added, before the development changes. */
	private void withdraw(FoldedDevelopment development) {
		int[] weight = this.weights.remove(development.id);
		if (weight != null) {
			this.tally.subtract(weight);
		}
		if (development.kind == DevelopmentKind.RETRACTION && counts(development)) {
			int retractions = this.retractions.merge(development.target, -1, Integer::sum);
			if (retractions == 0) {
				this.retractions.remove(development.target);
				FoldedDevelopment target = this.developments.get(development.target);
				if (target != null) {
					weigh(target);
				}
			}
		}
	}

	/** Replaces the development's weight in the tally with what it weighs now. */
	private void weigh(FoldedDevelopment development) {
		int[] old = this.weights.remove(development.id);
		if (old != null) {
			this.tally.subtract(old);
		}
		int[] weight = weight(development);
		if (weight != null) {
			this.weights.put(development.id, weight);
			this.tally.add(weight);
		}
	}

	/**
	 * What the development adds to the tally now: allegations, standing allegations,
	 * standing denials, conclusive support, conclusive contradiction, other support.
	 */
	private int[] weight(FoldedDevelopment development) {
		if (!counts(development)) {
			return null;
		}
		return weight(development.kind, development.bearing, development.strength,
				!this.retractions.containsKey(development.id));
	}

	/**
	 * What a counting development of this kind adds to the tally, or {@code null} when
	 * its kind adds nothing.
	 */
	static int[] weight(DevelopmentKind kind, Bearing bearing, Strength strength, boolean standing) {
		int[] weight = new int[Tally.SIZE];
		switch (kind) {
			case ALLEGATION -> {
				weight[0] = 1;
				weight[1] = standing ? 1 : 0;
			}
			case DENIAL -> weight[2] = standing ? 1 : 0;
			case EVIDENCE -> {
				if (standing && strength == Strength.CONCLUSIVE) {
					weight[(bearing == Bearing.SUPPORTS) ? 3 : 4] = 1;
				}
				else if (standing && bearing == Bearing.SUPPORTS) {
					weight[5] = 1;
				}
			}
			default -> {
				return null;
			}
		}
		return weight;
	}

	/** The tally's running sums, in the order {@link #weight} fills them. */
	int[] sums() {
		return this.tally.sums.clone();
	}

	/** The running sums {@link #weight} describes. */
	private static final class Tally {

		static final int SIZE = 6;

		final int[] sums = new int[SIZE];

		void add(int[] weight) {
			for (int i = 0; i < SIZE; i++) {
				this.sums[i] += weight[i];
			}
		}

		void subtract(int[] weight) {
			for (int i = 0; i < SIZE; i++) {
				this.sums[i] -= weight[i];
			}
		}

	}

	/**
	 * Whether a development counts at the cut: not struck, and happened by {@code asOf}.
	 */
	private boolean counts(FoldedDevelopment development) {
		return !development.struck && happened(development);
	}

	private boolean happened(FoldedDevelopment development) {
		if (development.occurredOn != null) {
			return this.cut.happened(development.occurredOn);
		}
		return this.cut.asOf() == null || development.recordedAt.isBefore(this.cut.asOf().end());
	}

	/** History shows a correction or strike with what it acts on. */
	private boolean shown(FoldedDevelopment development) {
		if (development.kind == DevelopmentKind.CORRECTION || development.kind == DevelopmentKind.STRIKE) {
			FoldedDevelopment target = this.developments.get(development.target);
			return target == null || happened(target);
		}
		return happened(development);
	}

	private Set<DevelopmentId> retracted() {
		Set<DevelopmentId> retracted = new HashSet<>();
		for (FoldedDevelopment development : this.developments.values()) {
			if (development.kind == DevelopmentKind.RETRACTION && counts(development)) {
				retracted.add(development.target);
			}
		}
		return retracted;
	}

	ClaimStatus status() {
		return status(this.tally.sums);
	}

	/** The status the rules derive from a tally's running sums. */
	static ClaimStatus status(int[] sums) {
		return StatusRules.derive(new StatusRules.Tally(sums[0], sums[1], sums[2], sums[3], sums[4], sums[5]));
	}

	private List<PartyId> standingParties(DevelopmentKind kind) {
		Set<DevelopmentId> retracted = retracted();
		Set<PartyId> parties = new LinkedHashSet<>();
		for (FoldedDevelopment development : this.developments.values()) {
			if (development.kind == kind && counts(development) && !retracted.contains(development.id)) {
				parties.addAll(development.partyIds);
			}
		}
		return List.copyOf(parties);
	}

	private ClaimView view() {
		AssessmentView assessment = null;
		int counted = 0;
		int evidence = 0;
		OccurredOn last = null;
		for (FoldedDevelopment development : this.developments.values()) {
			if (!counts(development)) {
				continue;
			}
			if (development.kind == DevelopmentKind.ASSESSMENT) {
				assessment = new AssessmentView(development.id, development.verdict, development.rationale,
						development.recordedAt, development.recordedBy);
			}
			if (development.kind != DevelopmentKind.CORRECTION && development.kind != DevelopmentKind.STRIKE) {
				counted++;
			}
			if (development.kind == DevelopmentKind.EVIDENCE) {
				evidence++;
			}
			if (development.occurredOn != null && (last == null || development.occurredOn.end().isAfter(last.end()))) {
				last = development.occurredOn;
			}
		}
		return new ClaimView(this.registration.claimId(), this.registration.investigationId(),
				this.registration.statement(), this.registration.subjectPartyIds(), status(),
				standingParties(DevelopmentKind.ALLEGATION), standingParties(DevelopmentKind.DENIAL), assessment,
				this.version, counted, evidence, last, List.copyOf(this.statusPath));
	}

}
