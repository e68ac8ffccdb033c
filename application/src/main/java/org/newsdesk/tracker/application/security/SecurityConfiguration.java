package org.newsdesk.tracker.application.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.newsdesk.tracker.application.TrackerProperties;
import org.newsdesk.tracker.application.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * HTTP Basic for the API against the users declared in configuration. Readers read,
 * editors record, auditors look back, admins operate. Health and the API description are
 * public.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(SecurityConfiguration.class);

	/**
	 * Every request is already measured as a whole ({@code http.server.requests}); an
	 * observation around each of the security filters as well cost about a tenth of an
	 * API request's time.
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	/**
	 * The security rules' paths are matched as Spring MVC's own path patterns, parsed
	 * once. Without this, each request's rules matched through Spring MVC's handler
	 * look-up, which the dispatcher then did again for the request itself: about a
	 * twentieth of an API request's time, in a profile of the append load.
	 */
	@Bean
	PathPatternRequestMatcher.Builder pathPatterns() {
		return PathPatternRequestMatcher.withDefaults();
	}

	/**
	 * Spring Security's strict firewall, its rules for header and parameter names and
	 * values checked without regular expressions ({@link FirewallRules}); a request it
	 * refuses is answered 400 with a problem saying what kind of thing was refused.
	 */
	@Bean
	WebSecurityCustomizer firewall() {
		return (web) -> web.httpFirewall(FirewallRules.firewall())
			.requestRejectedHandler((request, response, ex) -> write(response, HttpServletResponse.SC_BAD_REQUEST,
					"request-rejected", "Request refused", FirewallRules.reason(ex)));
	}

	@Bean
	RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.fromHierarchy("""
				ROLE_EDITOR > ROLE_READER
				ROLE_AUDITOR > ROLE_READER
				ROLE_ADMIN > ROLE_READER
				ROLE_SOURCE_GUARDIAN > ROLE_READER
				""");
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * The users from configuration behind bcrypt, with successful checks remembered for a
	 * few minutes (see {@link CachedAuthentication}).
	 */
	@Bean
	AuthenticationManager authenticationManager(InMemoryUserDetailsManager users, PasswordEncoder passwords,
			java.time.Clock clock) {
		DaoAuthenticationProvider checked = new DaoAuthenticationProvider(users);
		checked.setPasswordEncoder(passwords);
		checked.setUserDetailsPasswordService(users);
		ProviderManager manager = new ProviderManager(new CachedAuthentication(checked, clock));
		manager.setEraseCredentialsAfterAuthentication(true);
		return manager;
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, AuthenticationManager authentications) throws Exception {
		http.securityMatcher("/api/**")
			.authenticationManager(authentications)
			.authorizeHttpRequests(
					(requests) -> requests.requestMatchers(HttpMethod.GET, "/api/v1/sources/*/identity/reveals")
						.hasAnyRole(Role.AUDITOR.name(), Role.SOURCE_GUARDIAN.name())
						.requestMatchers("/api/v1/sources/*/identity", "/api/v1/sources/*/identity/**")
						.hasRole(Role.SOURCE_GUARDIAN.name())
						.requestMatchers("/api/v1/audit/**")
						.hasAnyRole(Role.AUDITOR.name(), Role.ADMIN.name())
						.requestMatchers("/api/v1/admin/**")
						.hasRole(Role.ADMIN.name())
						.requestMatchers(HttpMethod.GET, "/api/v1/claims/*/history")
						.hasRole(Role.AUDITOR.name())
						.requestMatchers(HttpMethod.GET, "/api/**")
						.hasRole(Role.READER.name())
						.requestMatchers(HttpMethod.POST, "/api/**")
						.hasRole(Role.EDITOR.name())
						.anyRequest()
						.denyAll())
			.httpBasic((basic) -> basic.authenticationEntryPoint(unauthorized()))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(unauthorized())
				.accessDeniedHandler(forbidden()))
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable());
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain operations(HttpSecurity http, AuthenticationManager authentications) throws Exception {
		http.securityMatcher("/actuator/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
			.authenticationManager(authentications)
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/actuator/health/**",
						"/actuator/health", "/actuator/info")
				.permitAll()
				.anyRequest()
				.hasRole(Role.ADMIN.name()))
			.httpBasic(Customizer.withDefaults())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable());
		return http.build();
	}

	/**
	 * The web pages: a login form with CSRF protection, and headers that keep pages from
	 * being framed, sniffed or made to run anything but the tracker's own scripts.
	 */
	@Bean
	@Order(3)
	SecurityFilterChain pages(HttpSecurity http, AuthenticationManager authentications) throws Exception {
		http.authenticationManager(authentications)
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/login", "/css/**", "/js/**", "/error")
				.permitAll()
				.requestMatchers("/parties/new", "/sources/new")
				.hasRole(Role.EDITOR.name())
				.requestMatchers(HttpMethod.POST, "/parties", "/sources", "/claims/*/developments")
				.hasRole(Role.EDITOR.name())
				.requestMatchers("/audit/**")
				.hasAnyRole(Role.AUDITOR.name(), Role.ADMIN.name())
				.requestMatchers("/admin/**")
				.hasRole(Role.ADMIN.name())
				.anyRequest()
				.hasRole(Role.READER.name()))
			.formLogin((form) -> form.loginPage("/login").permitAll())
			.logout((logout) -> logout.logoutSuccessUrl("/login?logout"))
			.headers((headers) -> headers
				.contentSecurityPolicy((csp) -> csp.policyDirectives("default-src 'self'; script-src 'self'; "
						+ "style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
						+ "form-action 'self'; frame-ancestors 'none'"))
				.referrerPolicy((referrer) -> referrer.policy(
						org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
				.frameOptions((frames) -> frames.deny()));
		return http.build();
	}

	private static AuthenticationEntryPoint unauthorized() {
		return (request, response, ex) -> {
			response.setHeader("WWW-Authenticate", "Basic realm=\"tracker\"");
			write(response, HttpServletResponse.SC_UNAUTHORIZED, "unauthorized", "Unauthorized",
					"authenticate with HTTP Basic as a declared user");
		};
	}

	private static AccessDeniedHandler forbidden() {
		return (request, response, ex) -> write(response, HttpServletResponse.SC_FORBIDDEN, "forbidden", "Forbidden",
				"your role does not allow " + request.getMethod() + " " + request.getRequestURI());
	}

	private static void write(HttpServletResponse response, int status, String type, String title, String detail)
			throws java.io.IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getWriter()
			.write("{\"type\":\"" + Problems.TYPE_PREFIX + type + "\",\"title\":\"" + title + "\",\"status\":" + status
					+ ",\"detail\":\"" + detail.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
	}

	@Bean
	InMemoryUserDetailsManager users(TrackerProperties properties,
			@Value("${spring.datasource.url}") String datasourceUrl) {
		List<UserDetails> users = new ArrayList<>();
		properties.users().forEach((name, user) -> users.add(declared(name, user)));
		boolean demo = properties.demoMode(datasourceUrl);
		if (users.isEmpty() && demo) {
			logger.warn("No users declared (tracker.users.*): demo mode offers editor/editor, reader/reader, "
					+ "auditor/auditor, admin/admin and guardian/guardian. Declare real users before sharing this tracker.");
			Map.of("editor", Role.EDITOR, "reader", Role.READER, "auditor", Role.AUDITOR, "admin", Role.ADMIN,
					"guardian", Role.SOURCE_GUARDIAN)
				.forEach((name, role) -> users
					.add(User.withUsername(name).password("{noop}" + name).authorities(role.authority()).build()));
		}
		else if (users.isEmpty()) {
			logger.error("No users declared (tracker.users.<name>.password and .roles): nobody can sign in.");
		}
		return new InMemoryUserDetailsManager(users);
	}

	private static UserDetails declared(String name, TrackerProperties.User user) {
		if (user.password() == null || !user.password().matches("^\\{[a-z0-9]+}.+")) {
			throw new IllegalStateException("tracker.users." + name
					+ ".password must be encoded as {bcrypt}... or {noop}..., got none or no encoding prefix");
		}
		if (user.roles() == null || user.roles().isEmpty()) {
			throw new IllegalStateException("tracker.users." + name + ".roles must name at least one role");
		}
		String[] authorities = user.roles().stream().map((role) -> {
			try {
				return Role.valueOf(role.strip().toUpperCase(Locale.ROOT)).authority();
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalStateException("tracker.users." + name + ".roles: unknown role '" + role
						+ "' (known: READER, EDITOR, AUDITOR, ADMIN, SOURCE_GUARDIAN)");
			}
		}).toArray(String[]::new);
		return User.withUsername(name).password(user.password()).authorities(authorities).build();
	}

}
