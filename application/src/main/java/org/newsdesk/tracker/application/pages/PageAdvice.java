package org.newsdesk.tracker.application.pages;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.newsdesk.tracker.application.web.CutParameters;
import org.newsdesk.tracker.application.web.InvalidRequest;
import org.newsdesk.tracker.application.web.NotFound;
import org.newsdesk.tracker.application.web.Rebuilding;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * What every page needs to know of its viewer, and the pages' own answers to a failed
 * read: an HTML page with the status the API would give, not the API's problem JSON.
 */
@ControllerAdvice(
		assignableTypes = { PagesController.class, EditorPagesController.class, OperationsPagesController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageAdvice {

	private final CutParameters roles;

	PageAdvice(CutParameters roles) {
		this.roles = roles;
	}

	/** Who is looking, and so which links and forms the page offers. */
	record Viewer(String name, boolean editor, boolean auditor, boolean admin) {
	}

	@ModelAttribute("viewer")
	Viewer viewer() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		String name = (authentication != null) ? authentication.getName() : "";
		return new Viewer(name, this.roles.isEditor(), this.roles.isAuditor(), this.roles.isAdmin());
	}

	@ExceptionHandler({ NotFound.class, MethodArgumentTypeMismatchException.class })
	ModelAndView notFound(HttpServletResponse response) {
		return error(response, HttpServletResponse.SC_NOT_FOUND, List.of());
	}

	@ExceptionHandler(InvalidRequest.class)
	ModelAndView invalid(InvalidRequest ex, HttpServletResponse response) {
		return error(response, HttpServletResponse.SC_BAD_REQUEST,
				ex.problems().stream().map((problem) -> problem.field() + ": " + problem.message()).toList());
	}

	@ExceptionHandler(Rebuilding.class)
	ModelAndView rebuilding(Rebuilding ex, HttpServletResponse response) {
		response.setHeader("Retry-After", ex.retryAfterSeconds());
		ModelAndView page = error(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, List.of());
		page.addObject("heldUp", ex.heldUp());
		page.addObject("projection", ex.projection());
		page.addObject("progress", (ex.progressPercent() != null) ? ex.progressPercent() : 0.0);
		return page;
	}

	private static ModelAndView error(HttpServletResponse response, int status, List<String> problems) {
		response.setStatus(status);
		return new ModelAndView("error", Map.of("status", status, "problems", problems));
	}

}
