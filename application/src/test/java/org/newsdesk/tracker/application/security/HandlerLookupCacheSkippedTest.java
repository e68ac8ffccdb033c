package org.newsdesk.tracker.application.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.Filter;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.handler.HandlerMappingIntrospector;

class HandlerLookupCacheSkippedTest {

	private final HandlerLookupCacheSkipped skipped = new HandlerLookupCacheSkipped();

	@Test
	void theIntrospectorsCacheFilterIsReplacedByOneThatOnlyPassesTheRequestOn() throws Exception {
		Filter cache = new HandlerMappingIntrospector().createCacheFilter();
		assertThat(HandlerLookupCacheSkipped.isHandlerLookupCache(cache)).isTrue();
		Object replaced = this.skipped.postProcessAfterInitialization(cache, "(inner bean)");
		assertThat(replaced).isNotSameAs(cache).isInstanceOf(Filter.class);
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/claims/x/allegations");
		AtomicInteger passedOn = new AtomicInteger();
		((Filter) replaced).doFilter(request, new MockHttpServletResponse(), (req, res) -> {
			assertThat(req).isSameAs(request);
			passedOn.incrementAndGet();
		});
		assertThat(passedOn).hasValue(1);
		assertThat(request.getAttributeNames().hasMoreElements()).as("nothing looked up or kept").isFalse();
	}

	@Test
	void otherFiltersAndBeansAreLeftAlone() {
		Filter other = (request, response, chain) -> chain.doFilter(request, response);
		assertThat(this.skipped.postProcessAfterInitialization(other, "other")).isSameAs(other);
		Object notAFilter = new HandlerMappingIntrospector();
		assertThat(this.skipped.postProcessAfterInitialization(notAFilter, "mvcHandlerMappingIntrospector"))
			.isSameAs(notAFilter);
	}

}
