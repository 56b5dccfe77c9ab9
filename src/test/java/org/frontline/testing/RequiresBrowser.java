package org.frontline.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs browser tests where Debian's chromium and chromium-driver are installed. Under {@code CI=true} a
 * missing browser fails instead of skipping: .ci/run installs it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RequiresBrowser.Condition.class)
public @interface RequiresBrowser {

    class Condition implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (Browser.available()) {
                return ConditionEvaluationResult.enabled("Chromium and ChromeDriver are installed");
            }
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true but /usr/bin/chromium or /usr/bin/chromedriver is missing:"
                        + " apt-get install chromium chromium-driver");
            }
            return ConditionEvaluationResult.disabled("SKIPPED: install chromium and chromium-driver to run browser tests");
        }
    }
}
