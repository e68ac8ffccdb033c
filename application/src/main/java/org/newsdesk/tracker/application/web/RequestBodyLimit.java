package org.newsdesk.tracker.application.web;

/** The largest request body the API reads. */
public final class RequestBodyLimit {

	public static final int MAX_BYTES = 256 * 1024;

	private RequestBodyLimit() {
	}

}
