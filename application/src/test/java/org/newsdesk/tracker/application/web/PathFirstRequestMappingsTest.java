package org.newsdesk.tracker.application.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The cheap check sets aside only mappings that Spring's own conditions refuse, and it
 * does set aside those whose path or method differs: compared with Spring's answer for
 * every pairing of a set of mappings and requests.
 */
class PathFirstRequestMappingsTest {

	private static final RequestMappingInfo.BuilderConfiguration CONFIG = new RequestMappingInfo.BuilderConfiguration();

	static {
		CONFIG.setPatternParser(PathPatternParser.defaultInstance);
	}

	private static final List<RequestMappingInfo> MAPPINGS = List.of(
			mapping(new String[] { "/api/v1/claims/{id}/allegations" }, RequestMethod.POST),
			mapping(new String[] { "/api/v1/claims/{id}" }, RequestMethod.GET),
			mapping(new String[] { "/api/v1/claims/{id}" }),
			mapping(new String[] { "/api/v1/investigations", "/api/v1/investigations/" }, RequestMethod.GET,
					RequestMethod.POST),
			mapping(new String[] { "/claims/{id}/**" }, RequestMethod.GET), mapping(new String[] { "" }),
			RequestMappingInfo.paths("/api/v1/claims/{id}/denials")
				.methods(RequestMethod.POST)
				.consumes("application/json")
				.options(CONFIG)
				.build());

	private static RequestMappingInfo mapping(String[] paths, RequestMethod... methods) {
		return RequestMappingInfo.paths(paths).methods(methods).options(CONFIG).build();
	}

	private static List<MockHttpServletRequest> requests() {
		List<MockHttpServletRequest> requests = new ArrayList<>();
		String[] paths = { "/api/v1/claims/1b4e28ba-2fa1-11d2-883f-0016d3cca427/allegations",
				"/api/v1/claims/1b4e28ba-2fa1-11d2-883f-0016d3cca427", "/api/v1/claims/x/denials",
				"/api/v1/investigations", "/api/v1/investigations/", "/claims/a/b/c", "", "/", "/nothing" };
		String[] methods = { "GET", "POST", "PUT", "DELETE", "HEAD", "OPTIONS", "PROPFIND" };
		for (String path : paths) {
			for (String method : methods) {
				MockHttpServletRequest request = new MockHttpServletRequest(method, path);
				request.setContentType("application/json");
				requests.add(request);
				if (method.equals("OPTIONS")) {
					MockHttpServletRequest preflight = new MockHttpServletRequest(method, path);
					preflight.addHeader(HttpHeaders.ORIGIN, "https://elsewhere.example");
					preflight.addHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST");
					requests.add(preflight);
				}
			}
		}
		requests.forEach(ServletRequestPathUtils::parseAndCache);
		return requests;
	}

	@Test
	void setsAsideOnlyWhatSpringRefusesAndWhateverDiffersInPathOrMethod() {
		int setAside = 0;
		for (RequestMappingInfo mapping : MAPPINGS) {
			for (MockHttpServletRequest request : requests()) {
				boolean springMatches = mapping.getMatchingCondition(request) != null;
				boolean cannotMatch = PathFirstRequestMappings.cannotMatch(mapping,
						PathFirstRequestMappings.Probe.of(request));
				String pairing = request.getMethod() + " '" + request.getRequestURI() + "' against " + mapping;
				if (cannotMatch) {
					setAside++;
					assertThat(springMatches).as(pairing).isFalse();
				}
			}
		}
		assertThat(setAside).isGreaterThan(MAPPINGS.size() * requests().size() / 2);
	}

	@Test
	void aDevelopmentRequestIsSetAsideByEveryOtherPathAndMethod() {
		MockHttpServletRequest post = new MockHttpServletRequest("POST",
				"/api/v1/claims/1b4e28ba-2fa1-11d2-883f-0016d3cca427/allegations");
		ServletRequestPathUtils.parseAndCache(post);
		var probe = PathFirstRequestMappings.Probe.of(post);

		assertThat(PathFirstRequestMappings.cannotMatch(MAPPINGS.get(0), probe)).isFalse();
		assertThat(MAPPINGS.subList(1, MAPPINGS.size()))
			.allMatch((other) -> PathFirstRequestMappings.cannotMatch(other, probe));
	}

	@Test
	void headAndPreflightAreLeftToSpring() {
		MockHttpServletRequest head = new MockHttpServletRequest("HEAD", "/api/v1/claims/x");
		ServletRequestPathUtils.parseAndCache(head);
		RequestMappingInfo getOnly = MAPPINGS.get(1);

		assertThat(PathFirstRequestMappings.cannotMatch(getOnly, PathFirstRequestMappings.Probe.of(head))).isFalse();
		assertThat(getOnly.getMatchingCondition(head)).isNotNull();
	}

}
