package org.newsdesk.tracker.claim;

/**
 * The claim status rules, in the order they apply. They read a tally of the developments
 * that are not struck, with corrections applied.
 */
public final class StatusRules {

	private StatusRules() {
	}

	/**
	 * What the standing developments of a claim add up to.
	 *
	 * @param allegations allegations not struck, retracted or not
	 * @param standingAllegations allegations neither struck nor retracted
	 * @param standingDenials denials neither struck nor retracted
	 * @param conclusiveSupport standing conclusive evidence that supports the claim
	 * @param conclusiveContradiction standing conclusive evidence that contradicts it
	 * @param otherSupport standing indicative or strong evidence that supports it
	 */
	public record Tally(int allegations, int standingAllegations, int standingDenials, int conclusiveSupport,
			int conclusiveContradiction, int otherSupport) {

	}

	public static ClaimStatus derive(Tally tally) {
		boolean supported = tally.conclusiveSupport() > 0;
		boolean contradicted = tally.conclusiveContradiction() > 0;
		if (contradicted && !supported) {
			return ClaimStatus.REFUTED;
		}
		if (supported && !contradicted) {
			return ClaimStatus.CONFIRMED;
		}
		if (supported) {
			return ClaimStatus.CONTESTED;
		}
		if (tally.otherSupport() > 0) {
			return ClaimStatus.CORROBORATED;
		}
		if (tally.standingAllegations() > 0 && tally.standingDenials() > 0) {
			return ClaimStatus.CONTESTED;
		}
		if (tally.standingAllegations() > 0) {
			return ClaimStatus.ALLEGED;
		}
		if (tally.allegations() > 0) {
			return ClaimStatus.WITHDRAWN;
		}
		return ClaimStatus.OPEN;
	}

}
