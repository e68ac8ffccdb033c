package org.newsdesk.tracker.application.store;

import org.newsdesk.tracker.common.DevelopmentId;

/** A development id that another aggregate already recorded. */
public class DevelopmentIdTaken extends RuntimeException {

	private final DevelopmentId developmentId;

	public DevelopmentIdTaken(DevelopmentId developmentId) {
		super("developmentId " + developmentId + " is already used by another development", null, false, false);
		this.developmentId = developmentId;
	}

	public DevelopmentId developmentId() {
		return this.developmentId;
	}

}
