package org.newsdesk.tracker.application.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * In the PostgreSQL run, a machine without a reachable server skips the database tests
 * with a reason, so the README's test command works with only a JDK. In CI
 * ({@code CI=true}) they run regardless and fail loudly: there an unreachable server is a
 * broken build.
 */
public class PostgresAvailable implements ExecutionCondition {

	private static Boolean reachable;

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (!TestDatabase.isPostgres() || "true".equalsIgnoreCase(System.getenv("CI"))) {
			return ConditionEvaluationResult.enabled("database " + TestDatabase.KIND);
		}
		synchronized (PostgresAvailable.class) {
			if (reachable == null) {
				reachable = TestDatabase.postgresReachable();
			}
		}
		return reachable ? ConditionEvaluationResult.enabled("PostgreSQL reachable")
				: ConditionEvaluationResult.disabled("PostgreSQL is not reachable at " + TestDatabase.ADMIN_URL + " as "
						+ TestDatabase.ADMIN_USER + ": set TRACKER_TEST_PG_URL/_USER/_PASSWORD or start it");
	}

}
