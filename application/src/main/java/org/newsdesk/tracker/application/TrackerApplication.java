package org.newsdesk.tracker.application;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

// Projections live in their own module and package; their components are scanned too.
@SpringBootApplication(scanBasePackages = "org.newsdesk.tracker")
@ConfigurationPropertiesScan
public class TrackerApplication {

	public static void main(String[] args) {
		if (args.length > 0 && args[0].equals("verify")) {
			System.exit(org.newsdesk.tracker.application.integrity.OfflineVerifier
				.run(java.util.Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
		}
		// Belt and braces beside axon.update-check.disabled: this software never calls
		// out.
		System.setProperty("axoniq.update-checker.disabled", "true");
		System.setProperty("disable-axoniq-console-message", "true");
		SpringApplication.run(TrackerApplication.class, args);
	}

}
