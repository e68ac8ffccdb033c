package org.newsdesk.tracker.application.web;

import java.util.List;

/** A request that cannot be turned into a command, with every problem found. */
public class InvalidRequest extends RuntimeException {

	private final List<FieldProblem> problems;

	public InvalidRequest(List<FieldProblem> problems) {
		super(problems.size() + " invalid field(s)", null, false, false);
		this.problems = List.copyOf(problems);
	}

	public InvalidRequest(String field, String message) {
		this(List.of(new FieldProblem(field, message)));
	}

	public List<FieldProblem> problems() {
		return this.problems;
	}

}
