package org.newsdesk.tracker.application.web;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** Ids from requests: a client-supplied id, or a new one when the client sent none. */
public final class Ids {

	private Ids() {
	}

	public static UUID orNew(UUID id) {
		return (id != null) ? id : UUID.randomUUID();
	}

	public static <T> List<T> map(List<UUID> ids, Function<UUID, T> type) {
		return (ids != null) ? ids.stream().map(type).toList() : List.of();
	}

}
