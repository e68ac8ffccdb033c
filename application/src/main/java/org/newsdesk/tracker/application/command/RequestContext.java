package org.newsdesk.tracker.application.command;

import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Who is acting and under which request, for event metadata. Outside an HTTP request (the
 * demo loader, a start-up task) the actor is the system and each command gets ids of its
 * own.
 */
@Component
public class RequestContext {

	public static final String REQUEST_ID_HEADER = "X-Request-Id";

	public static final String CORRELATION_ID_HEADER = "X-Correlation-Id";

	public static final String REQUEST_ID_ATTRIBUTE = RequestContext.class.getName() + ".requestId";

	static final String SYSTEM = "system";

	private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

	/** The request id and the correlation id, which defaults to the request id. */
	public record Ids(String requestId, String correlationId) {
	}

	public String user() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.isAuthenticated()) ? authentication.getName() : SYSTEM;
	}

	public Ids ids() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (!(attributes instanceof ServletRequestAttributes servlet)) {
			String id = UUID.randomUUID().toString();
			return new Ids(id, id);
		}
		HttpServletRequest request = servlet.getRequest();
		Object requestId = request.getAttribute(REQUEST_ID_ATTRIBUTE);
		String id = (requestId != null) ? requestId.toString() : safe(request.getHeader(REQUEST_ID_HEADER));
		String correlation = request.getHeader(CORRELATION_ID_HEADER);
		return new Ids(id, (correlation != null && SAFE_ID.matcher(correlation).matches()) ? correlation : id);
	}

	/**
	 * A caller-supplied id is kept only when it is short and plain; otherwise a new one
	 * is made.
	 */
	public static String safe(String id) {
		return (id != null && SAFE_ID.matcher(id).matches()) ? id : UUID.randomUUID().toString();
	}

}
