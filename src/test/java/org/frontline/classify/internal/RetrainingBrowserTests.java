package org.frontline.classify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.frontline.testing.Api;
import org.frontline.testing.Browser;
import org.frontline.testing.RequiresBrowser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/** An admin retrains the workspace's classifier from the settings page, in a real headless Chromium, and watches it finish. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@RequiresBrowser
class RetrainingBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private WebDriver browser;

    @BeforeEach
    void startBrowser() {
        browser = Browser.start();
    }

    @AfterEach
    void stop() {
        browser.quit();
    }

    @Test
    void adminStartsRetrainingWatchesItsProgressLiveAndSeesTheFiguresBeforeAndAfter() {
        var ws = CorrectedWorkspace.create(context, new Api(port));
        var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        signIn(ws.adminEmail(), ws.adminPassword());
        wait.until(ExpectedConditions.urlContains("/w/" + ws.slug()));

        browser.get(base() + "/w/" + ws.slug() + "/settings/classifier");
        browser.findElement(By.cssSelector("[data-testid=retraining-link]")).click();
        assertThat(text("model-in-use")).contains("the shipped one");
        assertThat(browser.findElement(By.cssSelector("[data-testid=retraining-start]")).getText())
                .contains("6 of intent", "1 of rudeness");
        browser.findElement(By.cssSelector("[data-testid=retraining-start-button]")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=retraining-job]")));
        assertThat(text("retraining-status")).isEqualTo("running");
        // A second start while it runs is refused on the page, and the running job stays on show.
        browser.findElement(By.cssSelector("[data-testid=retraining-start-button]")).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=retraining-error]"))).getText())
                .contains("still running");

        // No reload from here on: the job's fragment polls itself until the job is done.
        new WebDriverWait(browser, Duration.ofMinutes(5), Duration.ofMillis(250)).until(d -> !text("retraining-percent").equals("0 %"));
        var seenRunning = text("retraining-status");
        new WebDriverWait(browser, Duration.ofMinutes(5), Duration.ofMillis(500))
                .until(ExpectedConditions.textToBe(By.cssSelector("[data-testid=retraining-status]"), "done"));

        assertThat(seenRunning).isIn("running", "done");
        assertThat(text("retraining-percent")).isEqualTo("100 %");
        assertThat(text("retraining-step")).isEqualTo("Done: the new model is in use");
        var figures = browser.findElement(By.cssSelector("[data-testid=retraining-figures]")).getText();
        assertThat(figures).contains("Corrections, intent (also trained on)", "Own posts, held-out fifth, intent",
                "Davidson et al., held-out fifth, rudeness");
        browser.navigate().refresh();
        assertThat(text("model-in-use")).startsWith("Model in use: retrained");
    }

    /** The element's text; htmx may swap the job's fragment between finding an element and reading it, so read afresh then. */
    private String text(String testId) {
        for (var attempt = 1; ; attempt++) {
            try {
                return browser.findElement(By.cssSelector("[data-testid=" + testId + "]")).getText();
            } catch (StaleElementReferenceException e) {
                if (attempt == 10) {
                    throw e;
                }
            }
        }
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    private void signIn(String email, String password) {
        browser.get(base() + "/login");
        browser.findElement(By.id("username")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
    }
}
