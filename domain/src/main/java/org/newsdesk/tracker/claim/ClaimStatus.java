package org.newsdesk.tracker.claim;

/**
 * The status a claim's developments lead to; derived by {@link StatusRules}, never typed
 * in.
 */
public enum ClaimStatus {

	OPEN, ALLEGED, CONTESTED, CORROBORATED, CONFIRMED, REFUTED, WITHDRAWN

}
