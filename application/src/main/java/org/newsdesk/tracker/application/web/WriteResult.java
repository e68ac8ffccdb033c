package org.newsdesk.tracker.application.web;

import java.net.URI;

import org.newsdesk.tracker.common.Outcome;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * What a write answers: the id of what was created or recorded and the aggregate's
 * version after it. 201 when it was recorded now, 200 when it repeated an earlier
 * identical request.
 */
public record WriteResult(String id, long version) {

	public static ResponseEntity<WriteResult> of(Outcome outcome) {
		return of(outcome, null);
	}

	public static ResponseEntity<WriteResult> of(Outcome outcome, URI location) {
		var builder = ResponseEntity.status(outcome.repeated() ? HttpStatus.OK : HttpStatus.CREATED);
		if (location != null) {
			builder.location(location);
		}
		return builder.body(new WriteResult(outcome.id(), outcome.version()));
	}

}
