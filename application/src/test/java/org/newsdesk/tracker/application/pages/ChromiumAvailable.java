package org.newsdesk.tracker.application.pages;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Browser tests need Debian's chromium and chromium-driver. Without them they are skipped
 * with a reason on a developer's machine; in CI ({@code CI=true}) they run and fail
 * instead.
 */
public class ChromiumAvailable implements ExecutionCondition {

	static final String CHROMIUM = "/usr/bin/chromium";

	static final String CHROMEDRIVER = "/usr/bin/chromedriver";

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		boolean present = Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER));
		if (present || "true".equalsIgnoreCase(System.getenv("CI"))) {
			return ConditionEvaluationResult.enabled("chromium at " + CHROMIUM);
		}
		return ConditionEvaluationResult
			.disabled("no " + CHROMIUM + " or " + CHROMEDRIVER + ": apt-get install chromium chromium-driver");
	}

}
