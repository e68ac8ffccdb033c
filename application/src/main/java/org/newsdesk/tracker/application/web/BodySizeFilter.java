package org.newsdesk.tracker.application.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a declared body over the limit before reading it; a body sent without a length
 * is cut off by {@link CommandRequestConverter} instead.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class BodySizeFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > RequestBodyLimit.MAX_BYTES) {
			response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setHeader("Connection", "close");
			response.getWriter()
				.write("{\"type\":\"" + Problems.TYPE_PREFIX + "payload-too-large\",\"title\":\"Payload too large\","
						+ "\"status\":413,\"detail\":\"the request body is larger than "
						+ (RequestBodyLimit.MAX_BYTES / 1024) + " KiB\"}");
			return;
		}
		chain.doFilter(request, response);
	}

}
