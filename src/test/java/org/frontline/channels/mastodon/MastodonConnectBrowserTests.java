package org.frontline.channels.mastodon;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.frontline.channels.social.SocialConnections;
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

/** An admin connects a Mastodon account from the Channels page alone, in a real headless Chromium, against a local instance. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@RequiresBrowser
class MastodonConnectBrowserTests {

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired SocialConnections connections;

    private WebDriver browser;
    private final FakeMastodonInstance instance = new FakeMastodonInstance();

    @BeforeEach
    void startBrowser() {
        browser = Browser.start();
    }

    @AfterEach
    void stop() {
        browser.quit();
        instance.close();
    }

    @Test
    void connectsThroughTheInstancesConsentPageAndComesBackConnected() {
        var ws = new TestWorkspaces(context).create();
        var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        signIn(ws.adminEmail(), ws.adminPassword());
        wait.until(ExpectedConditions.urlContains("/w/" + ws.slug()));

        browser.get("http://127.0.0.1:" + port + "/w/" + ws.slug() + "/channels");
        var field = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("mastodon-authorize-instance")));
        field.sendKeys(instance.url());
        browser.findElement(By.cssSelector("[data-testid=mastodon-connect] button.primary")).click();

        var authorize = wait.until(ExpectedConditions.elementToBeClickable(By.id("authorize")));
        assertThat(browser.getCurrentUrl()).startsWith(instance.url() + "/oauth/authorize?");
        assertThat(browser.findElement(By.id("scopes")).getText()).isEqualTo("read write");
        authorize.click();

        var notice = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".alert.notice")));
        assertThat(browser.getCurrentUrl()).isEqualTo("http://127.0.0.1:" + port + "/w/" + ws.slug() + "/channels");
        assertThat(notice.getText()).isEqualTo("Connected @trwnh@127.0.0.1.");
        var row = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=social-connections] tbody tr")));
        assertThat(row.getText()).contains("@trwnh@127.0.0.1", "mastodon", "connected");
        assertThat(browser.getPageSource()).doesNotContain("client secret");
        assertThat(connections.list(ws.id())).singleElement().satisfies(c -> assertThat(connections.credentials(c)).contains("test"));
    }

    private void signIn(String email, String password) {
        browser.get("http://127.0.0.1:" + port + "/login");
        browser.findElement(By.id("username")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
    }
}
