package org.newsdesk.tracker.application.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Credentials checked once are remembered for a while, on any request thread, and a
 * different password is always checked.
 */
class CachedAuthenticationTest {

	private final AtomicInteger checks = new AtomicInteger();

	private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2021-07-18T06:00:00Z"));

	private final CachedAuthentication cached = new CachedAuthentication(new AuthenticationProvider() {
		@Override
		public Authentication authenticate(Authentication attempt) {
			CachedAuthenticationTest.this.checks.incrementAndGet();
			if (!"secret".equals(attempt.getCredentials())) {
				throw new BadCredentialsException("wrong password");
			}
			return UsernamePasswordAuthenticationToken.authenticated(attempt.getName(), null,
					List.of(new SimpleGrantedAuthority("ROLE_EDITOR")));
		}

		@Override
		public boolean supports(Class<?> authentication) {
			return true;
		}
	}, new Clock() {
		@Override
		public Instant instant() {
			return CachedAuthenticationTest.this.now.get();
		}

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}
	});

	private Authentication login(String name, String password) {
		return this.cached.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(name, password));
	}

	@Test
	void rememberedCredentialsSkipTheCheckOnEveryThreadUntilTheyExpire() throws InterruptedException {
		assertThat(login("editor", "secret").isAuthenticated()).isTrue();
		assertThat(login("editor", "secret").getName()).isEqualTo("editor");
		assertThat(this.checks).hasValue(1);
		AtomicReference<Authentication> elsewhere = new AtomicReference<>();
		Thread other = new Thread(() -> elsewhere.set(login("editor", "secret")));
		other.start();
		other.join();
		assertThat(elsewhere.get().isAuthenticated()).as("another request thread").isTrue();
		assertThat(this.checks).hasValue(1);
		assertThat(elsewhere.get().getCredentials()).as("no password kept").isNull();
		this.now.set(this.now.get().plus(CachedAuthentication.REMEMBERED_FOR).plusSeconds(1));
		login("editor", "secret");
		assertThat(this.checks).as("checked again once expired").hasValue(2);
	}

	@Test
	void aDifferentPasswordOrNameIsAlwaysChecked() {
		login("editor", "secret");
		assertThatThrownBy(() -> login("editor", "secret2")).isInstanceOf(BadCredentialsException.class);
		assertThatThrownBy(() -> login("editor", "secret2")).isInstanceOf(BadCredentialsException.class);
		// Name and password are kept apart: "editor" + "secret" is not "editors" +
		// "ecret".
		assertThatThrownBy(() -> login("editors", "ecret")).isInstanceOf(BadCredentialsException.class);
		assertThat(login("auditor", "secret").getName()).isEqualTo("auditor");
		assertThat(this.checks).hasValue(5);
	}

}
