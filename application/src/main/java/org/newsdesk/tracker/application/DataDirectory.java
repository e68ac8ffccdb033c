package org.newsdesk.tracker.application;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Makes {@code tracker.data-dir} absolute before the embedded database's URL is built
 * from it: H2 refuses a path such as {@code data} that is relative without saying so, and
 * an operator who writes {@code TRACKER_DATA_DIR=data} means the folder they are in.
 */
public class DataDirectory implements EnvironmentPostProcessor {

	static final String PROPERTY = "tracker.data-dir";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String configured = environment.getProperty(PROPERTY);
		if (configured == null || configured.isBlank() || configured.startsWith("~")) {
			return;
		}
		Path path = Path.of(configured.strip());
		if (!path.isAbsolute()) {
			environment.getPropertySources()
				.addFirst(new MapPropertySource("absoluteDataDirectory",
						Map.of(PROPERTY, path.toAbsolutePath().normalize().toString())));
		}
	}

}
