package org.newsdesk.tracker.application;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

// Projections live in their own module and package; their components are scanned too.
@SpringBootApplication(scanBasePackages = "org.newsdesk.tracker")
@ConfigurationPropertiesScan
public class TrackerApplication {

	public static void main(String[] args) {
		// Belt and braces beside axon.update-check.disabled: this software never calls
		// out.
		System.setProperty("axoniq.update-checker.disabled", "true");
		System.setProperty("disable-axoniq-console-message", "true");
		SpringApplication.run(TrackerApplication.class, args);
	}

}
