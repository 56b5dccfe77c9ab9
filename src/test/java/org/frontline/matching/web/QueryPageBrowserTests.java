package org.frontline.matching.web;

import static org.assertj.core.api.Assertions.assertThat;
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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/** The query page previews as you type, in a real headless Chromium: counts and highlights follow the text. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@RequiresBrowser
class QueryPageBrowserTests {

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
    void previewFollowsTheQueryAsItIsTyped() {
        var ws = new TestWorkspaces(context).create();
        var api = new Api(port);
        api.post("/api/v1/workspaces/" + ws.slug() + "/posts", ws.token(), aPost().saying("ＡＣＭＥ refund please").json());
        api.post("/api/v1/workspaces/" + ws.slug() + "/posts", ws.token(), aPost().saying("acme is great").json());
        var wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        signIn(ws.adminEmail(), ws.adminPassword());
        wait.until(ExpectedConditions.urlContains("/w/" + ws.slug()));
        browser.get("http://127.0.0.1:" + port + "/w/" + ws.slug() + "/queries");

        browser.findElement(By.id("query")).sendKeys("acme");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".preview-total"), "2 matching posts"));
        browser.findElement(By.id("query")).sendKeys(" refund");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".preview-total"), "1 matching posts"));

        assertThat(browser.findElements(By.cssSelector(".preview-examples mark")))
                .extracting(mark -> mark.getText())
                .containsExactly("ＡＣＭＥ", "refund");
    }

    private void signIn(String email, String password) {
        browser.get("http://127.0.0.1:" + port + "/login");
        browser.findElement(By.id("username")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
    }
}
