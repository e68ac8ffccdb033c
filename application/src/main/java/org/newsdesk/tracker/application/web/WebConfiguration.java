package org.newsdesk.tracker.application.web;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.newsdesk.tracker.common.OccurredOn;
import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.boot.autoconfigure.web.servlet.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	static {
		// On the wire a date of any precision is a string: 2021, 2021-07, 2021-07-29 or
		// an instant.
		SpringDocUtils.getConfig().replaceWithClass(OccurredOn.class, String.class);
	}

	private final RequestBinder binder;

	private final ObjectMapper json;

	WebConfiguration(RequestBinder binder, ObjectMapper json) {
		this.binder = binder;
		this.json = json;
	}

	@Override
	public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
		converters.add(0, new CommandRequestConverter(this.binder));
		converters.add(1, new WriteResultConverter(this.json));
	}

	/**
	 * Spring MVC's own look-up of controller methods and its own handler adapter, each
	 * spared work it repeated on every request (see the two classes).
	 */
	@Bean
	WebMvcRegistrations leanerRequestHandling() {
		return new WebMvcRegistrations() {
			@Override
			public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
				return new PathFirstRequestMappings();
			}

			@Override
			public RequestMappingHandlerAdapter getRequestMappingHandlerAdapter() {
				return new ValidationGroupsRemembered();
			}
		};
	}

	@Bean
	OpenAPI trackerOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Investigation tracker API")
				.version("v1")
				.description("Record every development of a story as an immutable event, and read back claims, "
						+ "their status and their history. Every write takes a client-supplied id and is "
						+ "idempotent; reads accept knownAt (what the tracker showed then) and asOf (what had "
						+ "happened by then)."))
			.components(new Components().addSecuritySchemes("basic",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
			.addSecurityItem(new SecurityRequirement().addList("basic"));
	}

}
