package org.newsdesk.tracker.application.security;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.Filter;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.handler.HandlerMappingIntrospector;

/**
 * Spring Security puts Spring MVC's handler look-up cache in front of its filters
 * whenever Spring MVC is present
 * ({@link HandlerMappingIntrospector#createCacheFilter()}), and that filter looks the
 * request's handler up at once, for security rules that might match through it. The
 * tracker's rules match parsed path patterns of their own
 * ({@code SecurityConfiguration#pathPatterns}) and it has no CORS configuration, so
 * nothing asks for that look-up: it was made for every request and thrown away, about a
 * thirteenth of the request threads' samples under the append load, before the dispatcher
 * made its own. This replaces that filter with one that only passes the request on.
 * Should anything ask the introspector during a request after all, it still answers,
 * uncached, and says so once in a warning.
 * <p>
 * Spring Framework deprecates the introspector, and Spring Security removes its use of it
 * (spring-security#16886); once the filter is no longer installed, this class finds
 * nothing to replace.
 */
@Component
class HandlerLookupCacheSkipped implements BeanPostProcessor {

	private static final String CACHE_FILTER_CLASS_PREFIX = HandlerMappingIntrospector.class.getName() + "$$Lambda";

	private final AtomicInteger replaced = new AtomicInteger();

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (isHandlerLookupCache(bean)) {
			this.replaced.incrementAndGet();
			return (Filter) (request, response, chain) -> chain.doFilter(request, response);
		}
		return bean;
	}

	/** How many of the introspector's cache filters were replaced. */
	int replaced() {
		return this.replaced.get();
	}

	static boolean isHandlerLookupCache(Object bean) {
		return bean instanceof Filter && bean.getClass().getName().startsWith(CACHE_FILTER_CLASS_PREFIX);
	}

}
