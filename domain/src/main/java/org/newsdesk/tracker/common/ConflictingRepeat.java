package org.newsdesk.tracker.common;

/** An id was sent again with a payload other than the one it was first recorded with. */
public final class ConflictingRepeat extends Rejection {

	public ConflictingRepeat(String field, Object id) {
		super(field, field + " " + id + " was already used with a different payload");
	}

}
