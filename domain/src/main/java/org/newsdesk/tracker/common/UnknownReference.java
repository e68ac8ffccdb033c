package org.newsdesk.tracker.common;

/** The command names something the tracker does not know. */
public final class UnknownReference extends Rejection {

	private final String id;

	public UnknownReference(String field, String what, Object id) {
		super(field, what + " " + id + " is not known (" + field + ")");
		this.id = String.valueOf(id);
	}

	public String id() {
		return this.id;
	}

}
