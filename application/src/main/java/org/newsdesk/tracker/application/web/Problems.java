package org.newsdesk.tracker.application.web;

import java.net.URI;
import java.util.List;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.newsdesk.tracker.application.command.IdTaken;
import org.newsdesk.tracker.application.command.StaleAggregate;
import org.newsdesk.tracker.application.store.DevelopmentIdTaken;
import org.newsdesk.tracker.application.store.EventStreams;
import org.newsdesk.tracker.common.ConflictingRepeat;
import org.newsdesk.tracker.common.InvalidCommand;
import org.newsdesk.tracker.common.StateConflict;
import org.newsdesk.tracker.common.UnknownReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure into an RFC 9457 problem that names what is wrong. No stack trace,
 * class name or SQL ever reaches a client; unexpected failures are logged with the
 * request id.
 */
@RestControllerAdvice
public class Problems extends ResponseEntityExceptionHandler {

	public static final String TYPE_PREFIX = "urn:problem-type:tracker:";

	private static final Logger logger = LoggerFactory.getLogger(Problems.class);

	private final EventStreams streams;

	Problems(EventStreams streams) {
		this.streams = streams;
	}

	static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(TYPE_PREFIX + type));
		problem.setTitle(title);
		return problem;
	}

	private static ProblemDetail withErrors(ProblemDetail problem, List<FieldProblem> errors) {
		problem.setProperty("errors", errors);
		return problem;
	}

	@ExceptionHandler(InvalidRequest.class)
	ProblemDetail invalidRequest(InvalidRequest ex) {
		List<FieldProblem> errors = ex.problems();
		String detail = (errors.size() == 1) ? errors.get(0).field() + ": " + errors.get(0).message()
				: errors.size() + " fields are invalid";
		return withErrors(problem(HttpStatus.BAD_REQUEST, "validation", "Invalid request", detail), errors);
	}

	@ExceptionHandler(InvalidCommand.class)
	ProblemDetail invalidCommand(InvalidCommand ex) {
		String message = ex.getMessage().substring(ex.field().length() + 2);
		return withErrors(problem(HttpStatus.BAD_REQUEST, "validation", "Invalid request", ex.getMessage()),
				List.of(new FieldProblem(ex.field(), message)));
	}

	@ExceptionHandler(PayloadTooLarge.class)
	ProblemDetail payloadTooLarge(PayloadTooLarge ex) {
		return problem(HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large", "Payload too large", ex.getMessage());
	}

	@ExceptionHandler(UnknownReference.class)
	ProblemDetail unknownReference(UnknownReference ex) {
		ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_ENTITY, "unknown-reference", "Unknown reference",
				ex.getMessage());
		problem.setProperty("id", ex.id());
		return withErrors(problem, List.of(new FieldProblem(ex.field(), "'" + ex.id() + "' is not known")));
	}

	@ExceptionHandler({ NotFound.class, AggregateNotFoundException.class })
	ProblemDetail notFound(RuntimeException ex) {
		String detail = (ex instanceof AggregateNotFoundException missing)
				? "nothing is recorded under id " + missing.getAggregateIdentifier() : ex.getMessage();
		return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", detail);
	}

	@ExceptionHandler(StateConflict.class)
	ProblemDetail stateConflict(StateConflict ex) {
		return problem(HttpStatus.CONFLICT, "state-conflict", "Not allowed in the current state", ex.getMessage());
	}

	@ExceptionHandler(ConflictingRepeat.class)
	ProblemDetail conflictingRepeat(ConflictingRepeat ex) {
		return problem(HttpStatus.CONFLICT, "conflicting-repeat", "Id already used", ex.getMessage());
	}

	@ExceptionHandler({ DevelopmentIdTaken.class, IdTaken.class })
	ProblemDetail developmentIdTaken(RuntimeException ex) {
		return problem(HttpStatus.CONFLICT, "conflicting-repeat", "Id already used", ex.getMessage());
	}

	@ExceptionHandler(StaleAggregate.class)
	ProblemDetail stale(StaleAggregate ex) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "stale-version", "Stale expected version",
				ex.getMessage());
		problem.setProperty("expectedVersion", ex.expectedVersion());
		problem.setProperty("currentVersion", ex.currentVersion());
		problem.setProperty("developments", this.streams.historySince(ex.aggregateIdentifier(), ex.expectedVersion()));
		return problem;
	}

	@ExceptionHandler(Rebuilding.class)
	org.springframework.http.ResponseEntity<ProblemDetail> rebuilding(Rebuilding ex) {
		ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, "rebuilding", "Projection rebuilding",
				ex.getMessage());
		problem.setProperty("projection", ex.projection());
		problem.setProperty("progressPercent", ex.progressPercent());
		problem.setProperty("heldUp", ex.heldUp());
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header("Retry-After", ex.retryAfterSeconds())
			.body(problem);
	}

	@ExceptionHandler(org.newsdesk.tracker.application.admin.RebuildRefused.class)
	ProblemDetail rebuildRefused(RuntimeException ex) {
		return problem(HttpStatus.CONFLICT, "rebuild-refused", "Rebuild refused", ex.getMessage());
	}

	@ExceptionHandler(ConcurrencyException.class)
	ProblemDetail contention(ConcurrencyException ex) {
		return problem(HttpStatus.CONFLICT, "contention", "Too many concurrent changes",
				"the aggregate kept changing while this command was retried; send it again");
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
		String value = String.valueOf(ex.getValue());
		return withErrors(
				problem(HttpStatus.BAD_REQUEST, "validation", "Invalid request",
						ex.getName() + ": '" + abbreviate(value) + "' is not valid"),
				List.of(new FieldProblem(ex.getName(), "'" + abbreviate(value) + "' is not valid")));
	}

	@ExceptionHandler({ AccessDeniedException.class, AuthenticationException.class })
	void security(RuntimeException ex) {
		throw ex;
	}

	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception ex) {
		logger.error("Unexpected failure", ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Internal error",
				"the tracker could not complete this request; the failure is logged under the request id");
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
		if (response != null && response.getBody() instanceof ProblemDetail problem) {
			problem.setType(URI.create(TYPE_PREFIX + "http-" + statusCode.value()));
			problem.setInstance(null);
		}
		return response;
	}

	private static String abbreviate(String text) {
		return (text.length() > 60) ? text.substring(0, 60) + "…" : text;
	}

}
