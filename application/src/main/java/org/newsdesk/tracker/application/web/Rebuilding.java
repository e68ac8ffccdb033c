package org.newsdesk.tracker.application.web;

/**
 * A read whose projection is being rebuilt: it answers 503 rather than a half-built
 * state.
 */
public class Rebuilding extends RuntimeException {

	private final String projection;

	private final Double progressPercent;

	private final boolean heldUp;

	/**
	 * A rebuild held up by a failure (the projection in ERROR before it has applied every
	 * event it had to) leaves its tables incomplete just the same; it is refused the same
	 * way, saying that waiting alone will not help.
	 */
	public Rebuilding(String projection, Double progressPercent, boolean heldUp) {
		super(heldUp
				? "the " + projection + " projection's rebuild is held up by a failure and its tables are"
						+ " incomplete; an admin can see why in the projection's status"
				: "the " + projection + " projection is being rebuilt; try again shortly", null, false, false);
		this.projection = projection;
		this.progressPercent = progressPercent;
		this.heldUp = heldUp;
	}

	public String projection() {
		return this.projection;
	}

	public Double progressPercent() {
		return this.progressPercent;
	}

	public boolean heldUp() {
		return this.heldUp;
	}

	/** When to ask again: soon while it runs, later when a failure holds it up. */
	public String retryAfterSeconds() {
		return this.heldUp ? "60" : "5";
	}

}
