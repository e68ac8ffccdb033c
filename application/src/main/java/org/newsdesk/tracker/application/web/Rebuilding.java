package org.newsdesk.tracker.application.web;

/**
 * A read whose projection is being rebuilt: it answers 503 rather than a half-built
 * state.
 */
public class Rebuilding extends RuntimeException {

	private final String projection;

	private final Double progressPercent;

	public Rebuilding(String projection, Double progressPercent) {
		super("the " + projection + " projection is being rebuilt; try again shortly", null, false, false);
		this.projection = projection;
		this.progressPercent = progressPercent;
	}

	public String projection() {
		return this.projection;
	}

	public Double progressPercent() {
		return this.progressPercent;
	}

}
