package org.newsdesk.tracker.application.web;

/** Nothing of the named kind is recorded under the id in the path. */
public class NotFound extends RuntimeException {

	public NotFound(String what, Object id) {
		super(what + " " + id + " is not known", null, false, false);
	}

}
