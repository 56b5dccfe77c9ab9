package org.frontline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.frontline.testing.PostBuilder.aPost;

import java.time.Duration;
import org.frontline.testing.Api;
import org.frontline.testing.Browser;
import org.frontline.testing.RequiresBrowser;
import org.frontline.testing.TestWorkspaces;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/** An agent's first minute, in a real headless Chromium: sign in, watch a case arrive, open it safely. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@RequiresBrowser
class InboxBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    WebDriver browser;

    @BeforeEach
    void startBrowser() {
        browser = Browser.start();
    }

    @AfterEach
    void stopBrowser() {
        browser.quit();
    }

    @Test
    void caseIngestedThroughApiAppearsInOpenInboxWithoutReloadAndShowsScriptTextEscaped() {
        var ws = new TestWorkspaces(context).createWithQuery("Acme", "acme");
        var wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        signIn(ws.adminEmail(), ws.adminPassword());
        wait.until(ExpectedConditions.urlContains("/w/" + ws.slug() + "/inbox"));
        assertThat(browser.findElements(By.cssSelector(".case-row"))).isEmpty();
        ((JavascriptExecutor) browser).executeScript("window.__sameDocument = true;");

        var post = aPost().on("x").by("<b>Eve</b>").saying("Acme cam broken again <script>alert(1)</script> fix it");
        var response = new Api(port).post("/api/v1/workspaces/" + ws.slug() + "/posts", ws.token(), post.json());

        assertThat(response.status()).isEqualTo(202);
        var row = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".case-row")));
        assertThat(((JavascriptExecutor) browser).executeScript("return window.__sameDocument === true;"))
                .as("the inbox updated in place, without a reload")
                .isEqualTo(true);
        assertThat(row.getText()).contains("<b>Eve</b>").contains("Acme");

        row.click();
        var text = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=post-text]")));
        assertThat(text.getText()).contains("<script>alert(1)</script>");
        assertThat(text.findElements(By.tagName("script"))).isEmpty();
        assertThat(text.findElement(By.tagName("mark")).getText()).isEqualTo("Acme");
        assertThat(browser.findElement(By.cssSelector("[data-testid=author-name]")).getText()).isEqualTo("<b>Eve</b>");
        assertThat(browser.findElements(By.cssSelector("[data-testid=matched-query]")))
                .extracting(e -> e.getText())
                .containsExactly("Acme");
        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    }

    @Test
    void wrongPasswordKeepsTheVisitorOnTheSignInPageWithAnError() {
        var ws = new TestWorkspaces(context).create();

        signIn(ws.adminEmail(), "not-the-password");

        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/login?error"));
        assertThat(browser.findElement(By.cssSelector(".alert.error")).getText()).contains("do not match");
    }

    private void signIn(String email, String password) {
        browser.get("http://127.0.0.1:" + port + "/login");
        browser.findElement(By.id("username")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
    }
}
