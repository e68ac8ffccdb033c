package org.newsdesk.tracker.application.support;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.newsdesk.tracker.application.TrackerApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Tracker nodes started by a test itself, on a random port, with the declared test users.
 */
public final class Nodes {

	private static final AtomicInteger STARTED = new AtomicInteger();

	private Nodes() {
	}

	/**
	 * Starts a node on the given store. Properties go in as command-line arguments,
	 * which, unlike default properties, take precedence over application.yml.
	 */
	public static ConfigurableApplicationContext start(Map<String, String> store, String... overrides) {
		Map<String, String> properties = new HashMap<>(store);
		properties.putAll(Users.properties());
		properties.put("server.port", "0");
		// Nodes of one test share a process: each claims projections under its own name.
		properties.put("tracker.node-name", "test-node-" + STARTED.incrementAndGet());
		for (String override : overrides) {
			int equals = override.indexOf('=');
			properties.put(override.substring(0, equals), override.substring(equals + 1));
		}
		String[] arguments = properties.entrySet()
			.stream()
			.map((property) -> "--" + property.getKey() + "=" + property.getValue())
			.toArray(String[]::new);
		return new SpringApplicationBuilder(TrackerApplication.class).run(arguments);
	}

	public static Api api(ConfigurableApplicationContext context) {
		return new Api(((WebServerApplicationContext) context).getWebServer().getPort());
	}

}
