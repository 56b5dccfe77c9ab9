package org.frontline.testing;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

class PostgresCondition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Postgres.available()) {
            return ConditionEvaluationResult.enabled("PostgreSQL answers at " + Postgres.BASE_URL);
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true but PostgreSQL does not answer at " + Postgres.BASE_URL
                    + ": start it (pg_ctlcluster <version> main start) instead of skipping these tests");
        }
        return ConditionEvaluationResult.disabled("SKIPPED: PostgreSQL does not answer at " + Postgres.BASE_URL);
    }
}
