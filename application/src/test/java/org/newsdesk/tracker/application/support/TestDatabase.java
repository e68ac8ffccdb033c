package org.newsdesk.tracker.application.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The database a test run uses, chosen by the system property
 * {@code tracker.test.database} ({@code h2} or {@code postgresql}). Every Spring context
 * gets a store of its own: a fresh H2 directory, or a fresh PostgreSQL database on the
 * server named by {@code TRACKER_TEST_PG_URL}.
 */
public final class TestDatabase {

	public static final String KIND = System.getProperty("tracker.test.database", "h2");

	static final String ADMIN_URL = env("TRACKER_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");

	static final String ADMIN_USER = env("TRACKER_TEST_PG_USER", "postgres");

	static final String ADMIN_PASSWORD = env("TRACKER_TEST_PG_PASSWORD", "");

	private static boolean cleaned;

	private TestDatabase() {
	}

	public static boolean isPostgres() {
		return "postgresql".equals(KIND);
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value != null && !value.isBlank()) ? value : fallback;
	}

	/** Properties for a brand-new, empty store. */
	public static Map<String, String> freshStore() {
		Map<String, String> properties = new LinkedHashMap<>();
		if (isPostgres()) {
			String database = createDatabase();
			properties.put("spring.datasource.url", urlOf(database));
			properties.put("spring.datasource.username", ADMIN_USER);
			properties.put("spring.datasource.password", ADMIN_PASSWORD);
		}
		else {
			try {
				Path directory = Files.createTempDirectory("tracker-h2-");
				properties.put("tracker.data-dir", directory.toString());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return properties;
	}

	static boolean postgresReachable() {
		try (Connection connection = admin()) {
			return connection.isValid(2);
		}
		catch (SQLException ex) {
			return false;
		}
	}

	public static String urlOf(String database) {
		int slash = ADMIN_URL.lastIndexOf('/');
		String tail = ADMIN_URL.substring(slash + 1);
		int query = tail.indexOf('?');
		return ADMIN_URL.substring(0, slash + 1) + database + ((query >= 0) ? tail.substring(query) : "");
	}

	/** A new, empty PostgreSQL database, for tests that migrate it themselves. */
	public static String createEmpty() {
		return createDatabase();
	}

	public static Connection adminConnection() throws SQLException {
		return admin();
	}

	public static String adminUser() {
		return ADMIN_USER;
	}

	public static String adminPassword() {
		return ADMIN_PASSWORD;
	}

	private static Connection admin() throws SQLException {
		return DriverManager.getConnection(ADMIN_URL, ADMIN_USER, ADMIN_PASSWORD);
	}

	private static synchronized String createDatabase() {
		String database = "tracker_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
		try (Connection connection = admin(); Statement statement = connection.createStatement()) {
			if (!cleaned) {
				dropLeftovers(connection);
				cleaned = true;
			}
			statement.execute("create database " + database);
			return database;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot create a test database on " + ADMIN_URL + " as " + ADMIN_USER
					+ " (set TRACKER_TEST_PG_URL, TRACKER_TEST_PG_USER, TRACKER_TEST_PG_PASSWORD)", ex);
		}
	}

	/**
	 * Databases left by earlier runs, dropped once per run so the server does not fill
	 * up.
	 */
	private static void dropLeftovers(Connection connection) throws SQLException {
		var names = new java.util.ArrayList<String>();
		try (Statement statement = connection.createStatement();
				var rows = statement
					.executeQuery("select datname from pg_database where datname like 'tracker\\_test\\_%'"
							+ " and (select count(*) from pg_stat_activity a where a.datname = pg_database.datname) = 0")) {
			while (rows.next()) {
				names.add(rows.getString(1));
			}
		}
		try (Statement statement = connection.createStatement()) {
			for (String name : names) {
				statement.execute("drop database if exists " + name);
			}
		}
	}

}
