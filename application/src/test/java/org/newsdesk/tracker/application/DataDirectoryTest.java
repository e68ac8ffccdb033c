package org.newsdesk.tracker.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class DataDirectoryTest {

	private static String resolved(String configured) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.addFirst(new MapPropertySource("test", Map.of(DataDirectory.PROPERTY, configured)));
		new DataDirectory().postProcessEnvironment(environment, null);
		return environment.getProperty(DataDirectory.PROPERTY);
	}

	@Test
	void aRelativeDataDirectoryIsTakenFromTheWorkingDirectory() {
		assertThat(resolved("data")).isEqualTo(Path.of("data").toAbsolutePath().normalize().toString());
		assertThat(resolved("./data/../data")).isEqualTo(Path.of("data").toAbsolutePath().normalize().toString());
	}

	@Test
	void anAbsoluteOrHomeDataDirectoryIsKept() {
		assertThat(resolved("/var/lib/tracker")).isEqualTo("/var/lib/tracker");
		assertThat(resolved("~/tracker")).isEqualTo("~/tracker");
	}

}
