package org.newsdesk.tracker.projections.claim;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.newsdesk.tracker.claim.ClaimAssessed;
import org.newsdesk.tracker.claim.ClaimDevelopment;
import org.newsdesk.tracker.claim.ClaimStatus;
import org.newsdesk.tracker.claim.DevelopmentCorrected;
import org.newsdesk.tracker.claim.DevelopmentKind;
import org.newsdesk.tracker.claim.DevelopmentStruck;
import org.newsdesk.tracker.claim.EvidenceRecorded;
import org.newsdesk.tracker.claim.RetractionRecorded;
import org.newsdesk.tracker.claim.Verdict;
import org.newsdesk.tracker.common.DevelopmentDetails;
import org.newsdesk.tracker.common.OccurredOn;
import org.newsdesk.tracker.projections.common.EventFields;
import org.newsdesk.tracker.projections.common.RecordedEvent;

/**
 * A claim's board row as it stands now, with the running sums its status is derived from.
 * A development that only adds to a claim (an allegation, a denial, a piece of evidence,
 * a statement, an assessment) moves the row on by itself, without the claim's earlier
 * developments: nothing recorded before it changes what it weighs. A retraction, a
 * correction or a strike changes what an earlier development weighs, and takes the
 * {@link ClaimFold}.
 *
 * @param allegedBy party ids joined by commas, in the order the fold lists them
 * @param deniedBy the same for denials
 * @param statusPath statuses joined by commas
 * @param sums the fold's running sums, joined by commas
 */
public record ClaimTally(long version, String investigationId, String statement, ClaimStatus status, Verdict verdict,
		String allegedBy, String deniedBy, int developments, int evidence, String lastOccurredOn,
		Instant lastOccurredEnd, String statusPath, String sums, Instant registeredAt, Instant updatedAt) {

	/** The row of a fold that has its registration, as of the event last added. */
	public static ClaimTally of(ClaimFold fold, Instant updatedAt) {
		ClaimView view = fold.current();
		OccurredOn last = view.lastOccurredOn();
		return new ClaimTally(view.version(), view.investigationId().toString(), view.statement(), view.status(),
				(view.assessment() != null) ? view.assessment().verdict() : null, joined(view.allegedBy()),
				joined(view.deniedBy()), view.developments(), view.evidence(), (last != null) ? last.text() : null,
				(last != null) ? last.end() : null, joined(view.statusPath()),
				Arrays.stream(fold.sums()).mapToObj(Integer::toString).collect(Collectors.joining(",")),
				(fold.registeredAt() != null) ? fold.registeredAt() : updatedAt, updatedAt);
	}

	/**
	 * The row after the claim's next event, or {@code null} when that event needs the
	 * whole fold: it is not this row's next, or it retracts, corrects or strikes.
	 */
	public ClaimTally next(RecordedEvent event) {
		if (event.version() != this.version + 1 || !onlyAdds(event.payload()) || this.sums == null) {
			return null;
		}
		ClaimDevelopment development = (ClaimDevelopment) event.payload();
		DevelopmentKind kind = development.kind();
		DevelopmentDetails details = EventFields.details(development);
		int[] sums = Arrays.stream(this.sums.split(",")).mapToInt(Integer::parseInt).toArray();
		EvidenceRecorded evidence = (development instanceof EvidenceRecorded recorded) ? recorded : null;
		int[] weight = ClaimFold.weight(kind, (evidence != null) ? evidence.bearing() : null,
				(evidence != null) ? evidence.strength() : null, true);
		if (weight != null) {
			for (int i = 0; i < sums.length; i++) {
				sums[i] += weight[i];
			}
		}
		ClaimStatus status = ClaimFold.status(sums);
		List<?> parties = (details != null) ? details.partyIds() : List.of();
		OccurredOn occurred = (details != null) ? details.occurredOn() : null;
		boolean later = occurred != null
				&& (this.lastOccurredEnd == null || occurred.end().isAfter(this.lastOccurredEnd));
		return new ClaimTally(event.version(), this.investigationId, this.statement, status,
				(development instanceof ClaimAssessed assessed) ? assessed.verdict() : this.verdict,
				(kind == DevelopmentKind.ALLEGATION) ? withParties(this.allegedBy, parties) : this.allegedBy,
				(kind == DevelopmentKind.DENIAL) ? withParties(this.deniedBy, parties) : this.deniedBy,
				this.developments + 1, this.evidence + ((kind == DevelopmentKind.EVIDENCE) ? 1 : 0),
				later ? occurred.text() : this.lastOccurredOn, later ? occurred.end() : this.lastOccurredEnd,
				(status != this.status) ? this.statusPath + "," + status.name() : this.statusPath,
				Arrays.stream(sums).mapToObj(Integer::toString).collect(Collectors.joining(",")), this.registeredAt,
				event.recordedAt());
	}

	/**
	 * Whether the event is a development that only adds to its claim, one a row can move
	 * on by without the claim's earlier developments.
	 */
	public static boolean onlyAdds(Object payload) {
		return payload instanceof ClaimDevelopment && !(payload instanceof RetractionRecorded)
				&& !(payload instanceof DevelopmentCorrected) && !(payload instanceof DevelopmentStruck);
	}

	/**
	 * The parties already listed, then those of the new development not yet listed. A
	 * claim alleged by many parties keeps a long list: it is searched in place, and
	 * copied only when a party is added.
	 */
	private static String withParties(String listed, List<?> parties) {
		String joined = listed;
		for (Object party : parties) {
			String id = party.toString();
			if (!lists(joined, id)) {
				joined = joined.isEmpty() ? id : joined + "," + id;
			}
		}
		return joined;
	}

	/** Whether the comma-separated list holds {@code id} as one of its items. */
	static boolean lists(String list, String id) {
		for (int at = list.indexOf(id); at >= 0; at = list.indexOf(id, at + 1)) {
			int end = at + id.length();
			if ((at == 0 || list.charAt(at - 1) == ',') && (end == list.length() || list.charAt(end) == ',')) {
				return true;
			}
		}
		return false;
	}

	private static String joined(List<?> values) {
		return values.stream()
			.map((value) -> (value instanceof Enum<?> constant) ? constant.name() : value.toString())
			.collect(Collectors.joining(","));
	}

}
