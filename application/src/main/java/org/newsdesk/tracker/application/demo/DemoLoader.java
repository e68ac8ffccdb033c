package org.newsdesk.tracker.application.demo;

import java.util.List;

import org.newsdesk.tracker.application.TrackerProperties;
import org.newsdesk.tracker.application.command.CommandDispatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Loads the Pegasus demo into an empty store on start, in demo mode: by default on the
 * embedded store, never on PostgreSQL unless {@code tracker.demo=true}. Events are
 * recorded by {@code demo}.
 */
@Component
class DemoLoader implements ApplicationRunner {

	static final String DEMO_USER = "demo";

	private static final Logger logger = LoggerFactory.getLogger(DemoLoader.class);

	private final CommandDispatcher commands;

	private final JdbcTemplate jdbc;

	private final boolean enabled;

	DemoLoader(CommandDispatcher commands, JdbcTemplate jdbc, TrackerProperties properties,
			@Value("${spring.datasource.url}") String datasourceUrl) {
		this.commands = commands;
		this.jdbc = jdbc;
		this.enabled = properties.demoMode(datasourceUrl);
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.enabled) {
			return;
		}
		Long events = this.jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
		if (events != null && events > 0) {
			logger.info("Demo mode: the store already holds {} events, so the Pegasus demo is not loaded", events);
			return;
		}
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(DEMO_USER, null,
					List.of(new SimpleGrantedAuthority("ROLE_EDITOR"))));
		try {
			new PegasusDemo(this.commands).load();
			logger.info("Demo mode: loaded the Pegasus investigation (disable with tracker.demo=false)");
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
