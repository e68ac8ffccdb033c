package org.newsdesk.tracker.application.admin;

/** A rebuild that cannot start because another node is processing the projection. */
public class RebuildRefused extends RuntimeException {

	RebuildRefused(String name) {
		super("another tracker node is processing the " + name + " projection; stop it there, or retry once it "
				+ "has released the projection", null, false, false);
	}

}
