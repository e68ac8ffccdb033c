package org.newsdesk.tracker.party;

import java.util.Locale;
import java.util.Set;

import org.newsdesk.tracker.common.InvalidCommand;

final class Countries {

	private static final Set<String> CODES = Set.of(Locale.getISOCountries());

	private Countries() {
	}

	static String check(String country) {
		if (country != null && !CODES.contains(country)) {
			throw new InvalidCommand("country", "'" + country + "' is not an ISO 3166-1 alpha-2 country code");
		}
		return country;
	}

}
