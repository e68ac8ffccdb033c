package org.newsdesk.tracker.application.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * HTTP Basic sends the password with every request, and a bcrypt check costs tens of
 * milliseconds of CPU: on a small server that alone caps the API at a few dozen requests
 * a second. A successful check is remembered for a few minutes under an HMAC of the name
 * and password with a key made at start, so the next requests with the same credentials
 * skip bcrypt; a wrong password never matches a remembered entry, and nothing that could
 * recover a password is kept.
 */
class CachedAuthentication implements AuthenticationProvider {

	static final Duration REMEMBERED_FOR = Duration.ofMinutes(5);

	private static final int MAX_ENTRIES = 10_000;

	private final AuthenticationProvider delegate;

	private final Clock clock;

	private final byte[] key = new byte[32];

	private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

	private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

	private record Remembered(Authentication authentication, Instant until) {
	}

	CachedAuthentication(AuthenticationProvider delegate, Clock clock) {
		this.delegate = delegate;
		this.clock = clock;
		new SecureRandom().nextBytes(this.key);
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		if (!(authentication.getCredentials() instanceof String password)) {
			return this.delegate.authenticate(authentication);
		}
		String fingerprint = fingerprint(authentication.getName(), password);
		Instant now = this.clock.instant();
		Remembered hit = this.remembered.get(fingerprint);
		if (hit != null && hit.until().isAfter(now)) {
			return hit.authentication();
		}
		Authentication result = this.delegate.authenticate(authentication);
		if (result != null && result.isAuthenticated()) {
			if (this.remembered.size() >= MAX_ENTRIES) {
				this.remembered.values().removeIf((entry) -> !entry.until().isAfter(now));
				if (this.remembered.size() >= MAX_ENTRIES) {
					this.remembered.clear();
				}
			}
			UsernamePasswordAuthenticationToken kept = UsernamePasswordAuthenticationToken
				.authenticated(result.getPrincipal(), null, result.getAuthorities());
			this.remembered.put(fingerprint, new Remembered(kept, now.plus(REMEMBERED_FOR)));
		}
		return result;
	}

	private String fingerprint(String name, String password) {
		Mac mac = this.macs.get();
		// Kept keyed: reset drops only what an earlier, unfinished use left.
		mac.reset();
		mac.update(name.getBytes(StandardCharsets.UTF_8));
		mac.update((byte) 0);
		return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
	}

	/**
	 * A keyed HMAC for the calling thread: looked up and keyed once per request thread
	 * instead of at every request.
	 */
	private Mac newMac() {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.key, "HmacSHA256"));
			return mac;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return this.delegate.supports(authentication);
	}

}
