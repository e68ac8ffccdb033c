package org.newsdesk.tracker.application.web;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Spring MVC's look-up of the controller method for a request, with the mappings that
 * cannot match set aside cheaply first. A path with a variable in it
 * ({@code /api/v1/claims/{id}/allegations}) is not found by Spring's direct-path index,
 * so every one of the tracker's several dozen mappings is asked in turn whether it
 * matches, and each answers by asking the request for its method and headers through the
 * wrappers that Spring Security and Tomcat put around it: about a fifth of the request
 * threads' time under the append load.
 * <p>
 * Here the request's path and method are read once per look-up, and a mapping none of
 * whose path patterns matches that path, or whose methods exclude that method, is set
 * aside before Spring's own check. Both are the tests Spring's own conditions make
 * ({@code PathPatternsRequestCondition}, {@code RequestMethodsRequestCondition}), so the
 * mapping chosen is the one Spring would choose; whatever remains is checked by Spring in
 * full. {@code OPTIONS} (CORS pre-flight) and {@code HEAD} (answered by {@code GET}
 * mappings), and unknown methods, are left to Spring's rules. Answers for a request that
 * matches nothing (404, 405, 415) are Spring's: they are worked out from all mappings,
 * not through this check.
 */
final class PathFirstRequestMappings extends RequestMappingHandlerMapping {

	private static final ThreadLocal<Probe> PROBE = new ThreadLocal<>();

	/** What a look-up compares every mapping with, read once from the request. */
	record Probe(PathContainer path, RequestMethod method) {

		static Probe of(HttpServletRequest request) {
			return new Probe(ServletRequestPathUtils.getParsedRequestPath(request).pathWithinApplication(),
					RequestMethod.resolve(request.getMethod()));
		}

	}

	@Override
	protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
		if (!ServletRequestPathUtils.hasParsedRequestPath(request)) {
			return super.lookupHandlerMethod(lookupPath, request);
		}
		Probe outer = PROBE.get();
		PROBE.set(Probe.of(request));
		try {
			return super.lookupHandlerMethod(lookupPath, request);
		}
		finally {
			if (outer == null) {
				PROBE.remove();
			}
			else {
				PROBE.set(outer);
			}
		}
	}

	@Override
	protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
		Probe probe = PROBE.get();
		if (probe != null && cannotMatch(info, probe)) {
			return null;
		}
		return super.getMatchingMapping(info, request);
	}

	/**
	 * Whether Spring's own conditions would refuse the mapping for a request with this
	 * path and method.
	 */
	static boolean cannotMatch(RequestMappingInfo info, Probe probe) {
		PathPatternsRequestCondition paths = info.getPathPatternsCondition();
		if (paths != null && !anyMatches(paths.getPatterns(), probe.path())) {
			return true;
		}
		RequestMethod method = probe.method();
		if (method == null || method == RequestMethod.OPTIONS || method == RequestMethod.HEAD) {
			return false;
		}
		Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
		return !methods.isEmpty() && !methods.contains(method);
	}

	private static boolean anyMatches(Set<PathPattern> patterns, PathContainer path) {
		for (PathPattern pattern : patterns) {
			if (pattern.matches(path)) {
				return true;
			}
		}
		return false;
	}

}
