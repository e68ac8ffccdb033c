package org.newsdesk.tracker.application.support;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One declared user per role, as a newsroom would declare them; the password is the name.
 */
public final class Users {

	public static final String EDITOR = "editor";

	public static final String READER = "reader";

	public static final String AUDITOR = "auditor";

	public static final String ADMIN = "admin";

	public static final String GUARDIAN = "guardian";

	private Users() {
	}

	public static Map<String, String> properties() {
		Map<String, String> properties = new LinkedHashMap<>();
		for (String name : new String[] { EDITOR, READER, AUDITOR, ADMIN }) {
			properties.put("tracker.users." + name + ".password", "{noop}" + name);
			properties.put("tracker.users." + name + ".roles", name.toUpperCase(java.util.Locale.ROOT));
		}
		properties.put("tracker.users." + GUARDIAN + ".password", "{noop}" + GUARDIAN);
		properties.put("tracker.users." + GUARDIAN + ".roles", "SOURCE_GUARDIAN");
		properties.put("tracker.demo", "false");
		return properties;
	}

}
