package org.newsdesk.tracker.application.web;

/** A request body over {@link RequestBodyLimit#MAX_BYTES}. */
public class PayloadTooLarge extends RuntimeException {

	public PayloadTooLarge() {
		super("the request body is larger than " + RequestBodyLimit.MAX_BYTES / 1024 + " KiB", null, false, false);
	}

}
