package org.newsdesk.tracker.application.command;

import org.newsdesk.tracker.common.StaleVersion;

/**
 * A stale expected version, with the stream it concerns so the answer can list what came
 * since.
 */
public class StaleAggregate extends RuntimeException {

	private final String aggregateIdentifier;

	private final StaleVersion stale;

	StaleAggregate(String aggregateIdentifier, StaleVersion stale) {
		super(stale.getMessage(), stale, false, false);
		this.aggregateIdentifier = aggregateIdentifier;
		this.stale = stale;
	}

	public String aggregateIdentifier() {
		return this.aggregateIdentifier;
	}

	public long expectedVersion() {
		return this.stale.expectedVersion();
	}

	public long currentVersion() {
		return this.stale.currentVersion();
	}

}
