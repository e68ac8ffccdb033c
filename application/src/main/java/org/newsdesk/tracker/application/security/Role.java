package org.newsdesk.tracker.application.security;

/** What a user may do; every role but ADMIN-only operations includes reading. */
public enum Role {

	/** Reads projections and reports. */
	READER,
	/** A reader who also records every command. */
	EDITOR,
	/** A reader who also reads the audit log, history and the past (knownAt, asOf). */
	AUDITOR,
	/** A reader who also operates projections and users. */
	ADMIN,
	/**
	 * A reader who also records, reveals and forgets the identities behind confidential
	 * sources.
	 */
	SOURCE_GUARDIAN;

	public String authority() {
		return "ROLE_" + name();
	}

}
