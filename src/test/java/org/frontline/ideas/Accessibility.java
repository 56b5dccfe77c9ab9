package org.frontline.ideas;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core (from its WebJar, a test dependency) in the page the browser shows and answers the serious
 * and critical violations, as "rule: selectors". Scripts injected through WebDriver are not page scripts, so
 * the portal's Content-Security-Policy stays as strict as in production.
 */
final class Accessibility {

    private static final String AXE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";
    private static final String RUN = """
            var done = arguments[arguments.length - 1];
            axe.run(document, {resultTypes: ['violations']}).then(function (result) {
              done(result.violations
                .filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })
                .map(function (v) { return v.id + ': ' + v.nodes.map(function (n) { return n.target.join(' '); }).join(', '); }));
            }, function (error) { done(['axe failed: ' + error]); });
            """;

    private Accessibility() {}

    @SuppressWarnings("unchecked")
    static List<String> seriousViolations(WebDriver browser) {
        var js = (JavascriptExecutor) browser;
        js.executeScript(script());
        return (List<String>) js.executeAsyncScript(RUN);
    }

    private static String script() {
        try (InputStream in = Accessibility.class.getClassLoader().getResourceAsStream(AXE)) {
            if (in == null) {
                throw new IllegalStateException("axe-core is missing from the test classpath: " + AXE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
