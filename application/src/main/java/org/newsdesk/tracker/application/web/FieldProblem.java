package org.newsdesk.tracker.application.web;

/**
 * One bad field of a request: where it is (a JSON path such as {@code figures[0].value})
 * and what is wrong.
 */
public record FieldProblem(String field, String message) {

}
