package org.newsdesk.tracker.application.command;

import java.util.Locale;

/** A creation whose id already names something of another kind. */
public class IdTaken extends RuntimeException {

	IdTaken(String id, String ownerType) {
		super("id " + id + " is already used by a " + ownerType.toLowerCase(Locale.ROOT), null, false, false);
	}

}
