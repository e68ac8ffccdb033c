package org.newsdesk.tracker.source;

import java.net.URI;
import java.net.URISyntaxException;

import org.newsdesk.tracker.common.InvalidCommand;

final class Urls {

	static final int MAX_LENGTH = 2048;

	private Urls() {
	}

	static String check(String url) {
		if (url == null) {
			return null;
		}
		if (url.length() > MAX_LENGTH) {
			throw new InvalidCommand("url", "must be at most " + MAX_LENGTH + " characters");
		}
		try {
			URI uri = new URI(url);
			String scheme = uri.getScheme();
			if (uri.getHost() == null || scheme == null
					|| !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
				throw new InvalidCommand("url", "must be an absolute http or https address");
			}
			return url;
		}
		catch (URISyntaxException ex) {
			throw new InvalidCommand("url", "is not a valid address: " + ex.getReason());
		}
	}

}
