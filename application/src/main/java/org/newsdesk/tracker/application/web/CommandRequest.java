package org.newsdesk.tracker.application.web;

import java.util.List;

/**
 * A request body bound by {@link RequestBinder}, which reports every bad field at once. A
 * request may add checks that span fields.
 */
public interface CommandRequest {

	default void check(List<FieldProblem> problems) {
	}

}
