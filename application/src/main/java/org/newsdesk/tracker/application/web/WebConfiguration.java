package org.newsdesk.tracker.application.web;

import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.newsdesk.tracker.common.OccurredOn;
import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	static {
		// On the wire a date of any precision is a string: 2021, 2021-07, 2021-07-29 or
		// an instant.
		SpringDocUtils.getConfig().replaceWithClass(OccurredOn.class, String.class);
	}

	private final RequestBinder binder;

	WebConfiguration(RequestBinder binder) {
		this.binder = binder;
	}

	@Override
	public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
		converters.add(0, new CommandRequestConverter(this.binder));
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
