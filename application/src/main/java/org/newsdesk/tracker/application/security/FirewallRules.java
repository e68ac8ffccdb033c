package org.newsdesk.tracker.application.security;

import java.util.Locale;
import java.util.function.Predicate;

import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Spring Security's firewall with its own rules for header names and values and parameter
 * names, checked by a loop over the characters instead of a regular expression.
 * <p>
 * The firewall checks a header's value each time anything reads it, and the request's
 * headers are read several times over between Spring Security, Spring MVC and the
 * metrics: in a flight recording of a quick benchmark's appends and web stack runs, the
 * regular expressions were in 19 of the request threads' 293 samples. The rules are
 * Spring Security's, word for word: a name holds only assigned characters that are not
 * control characters ({@code [\p{IsAssigned}&&[^\p{IsControl}]]*}), a value the same or
 * tabs ({@code [\p{IsAssigned}&&[[^\p{IsControl}]||\t]]*}); {@code FirewallRulesTest}
 * holds them to those expressions. Everything else the firewall checks (methods, encoded
 * slashes, host names, parameter values) stays as Spring Security sets it.
 */
final class FirewallRules {

	/** Assigned characters that are not control characters. */
	static final Predicate<String> NAME = (name) -> allowed(name, false);

	/** Assigned characters that are not control characters, or tabs. */
	static final Predicate<String> VALUE = (value) -> allowed(value, true);

	private FirewallRules() {
	}

	/** Spring Security's strict firewall with these rules. */
	static StrictHttpFirewall firewall() {
		StrictHttpFirewall firewall = new StrictHttpFirewall();
		firewall.setAllowedHeaderNames(NAME);
		firewall.setAllowedHeaderValues(VALUE);
		firewall.setAllowedParameterNames(NAME);
		return firewall;
	}

	/**
	 * What a refusal says: which kind of thing was refused, without the refused text when
	 * it came from a header or a parameter (a header may carry credentials); Spring
	 * Security's own words otherwise, with anything but printable ASCII replaced.
	 */
	static String reason(RequestRejectedException refusal) {
		String message = String.valueOf(refusal.getMessage());
		String lower = message.toLowerCase(Locale.ROOT);
		if (lower.contains("header")) {
			return "a header's name or value holds a character that is not allowed"
					+ " (a control character other than tab, or an unassigned one)";
		}
		if (lower.contains("parameter")) {
			return "a parameter's name or value holds a character that is not allowed"
					+ " (a control character, or an unassigned one)";
		}
		StringBuilder printable = new StringBuilder(message.length());
		message.chars().forEach((c) -> printable.append((c >= 0x20 && c < 0x7f) ? (char) c : '?'));
		return printable.toString();
	}

	private static boolean allowed(String text, boolean tabs) {
		for (int index = 0; index < text.length();) {
			int character = text.codePointAt(index);
			index += Character.charCount(character);
			if (character >= 0x20 && character < 0x7f) {
				continue;
			}
			int type = Character.getType(character);
			if (type == Character.UNASSIGNED || (type == Character.CONTROL && !(tabs && character == '\t'))) {
				return false;
			}
		}
		return true;
	}

}
