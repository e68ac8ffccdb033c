package org.newsdesk.tracker.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The tracker's own settings.
 *
 * @param dataDir where the embedded H2 database lives
 * @param demo whether to load the demo investigation into an empty store and offer demo
 * users; unset means on for the embedded default and off on PostgreSQL
 * @param newsroom the newsroom's name, as published in reports
 * @param users declared users by name
 */
@ConfigurationProperties("tracker")
public record TrackerProperties(String dataDir, Boolean demo, String newsroom, Map<String, User> users) {

	public TrackerProperties {
		users = (users != null) ? new LinkedHashMap<>(users) : Map.of();
	}

	/** Whether demo mode is on: as configured, else on for the embedded store only. */
	public boolean demoMode(String datasourceUrl) {
		return (this.demo != null) ? this.demo : datasourceUrl.startsWith("jdbc:h2:");
	}

	/**
	 * @param password in Spring's encoded form: {@code {bcrypt}...} or {@code {noop}...}
	 * @param roles any of READER, EDITOR, AUDITOR, ADMIN
	 */
	public record User(String password, List<String> roles) {

	}

}
