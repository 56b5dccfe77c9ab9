package org.frontline.ideas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.frontline.testing.Browser;
import org.frontline.testing.RequiresBrowser;
import org.frontline.testing.TestWorkspaces;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Customers and an agent in a real headless Chromium: sign in by mailed link, post, get a duplicate
 * suggested while typing, vote, merge the duplicate, change the status and see the followers' mail arrive
 * at the in-process SMTP server; every portal page passes axe-core without serious violations.
 */
@RequiresBrowser
class PortalBrowserTests extends PortalTestSupport {

    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void startBrowser() {
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterEach
    void stopBrowser() {
        browser.quit();
    }

    @Test
    void customersPostVoteAndGetDuplicatesSuggestedAndAnAgentMergesAndAnnouncesAStatus() {
        var ws = workspaceWithPortal();
        var ann = "ann-" + ws.slug() + "@customers.test";
        var bob = "bob-" + ws.slug() + "@customers.test";

        signInByMail(ws.slug(), ann, "Ann");
        post(ws.slug(), "Dark mode for the mobile app", "Reading at night is **blinding**.");
        assertThat(browser.findElement(By.cssSelector("[data-testid=topic-title]")).getText()).isEqualTo("Dark mode for the mobile app");
        signOut();

        signInByMail(ws.slug(), bob, "Bob");
        open("/p/" + ws.slug() + "/new");
        browser.findElement(By.id("title")).sendKeys("darkmode app");
        var suggestion = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=similar-topic] a")));
        assertThat(suggestion.getText()).isEqualTo("Dark mode for the mobile app");
        browser.findElement(By.id("title")).sendKeys(" night theme");
        browser.findElement(By.cssSelector("[data-testid=post-topic]")).click();
        wait.until(ExpectedConditions.urlContains("/t/2"));

        open("/p/" + ws.slug() + "?sort=new");
        var annsCard = By.cssSelector("[data-testid=topic-card][data-number='1'] [data-testid=vote-button]");
        browser.findElement(annsCard).click();
        wait.until(ExpectedConditions.attributeToBe(annsCard, "aria-pressed", "true"));
        // Located again on every try: the vote swaps the card's button, so an element found once may go stale.
        wait.until(ExpectedConditions.textToBePresentInElementLocated(annsCard, "2"));

        signInAsAgent(ws);
        open("/w/" + ws.slug() + "/ideas/t/2");
        browser.findElement(By.cssSelector("[data-testid=merge-into]")).sendKeys("1");
        browser.findElement(By.cssSelector("[data-testid=merge]")).click();
        wait.until(ExpectedConditions.urlContains("/ideas/t/1"));
        assertThat(browser.findElement(By.cssSelector("[data-testid=vote-count]")).getText())
                .as("Ann's and Bob's votes; Bob's vote for his duplicate does not count twice")
                .isEqualTo("2");
        new Select(browser.findElement(By.cssSelector("[data-testid=status-select]"))).selectByValue("planned");
        browser.findElement(By.id("note")).sendKeys("Coming this spring.");
        browser.findElement(By.cssSelector("[data-testid=save-status]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=topic-status]"), "planned"));

        for (var follower : new String[] {ann, bob}) {
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> mailsTo(follower).stream().anyMatch(m -> subject(m).contains("is now planned")));
        }
        open("/p/" + ws.slug() + "/t/2");
        assertThat(browser.getCurrentUrl()).as("the duplicate's address forwards to the kept topic").endsWith("/t/1");
        assertThat(browser.findElement(By.cssSelector("[data-testid=topic-status]")).getText()).isEqualTo("planned");
    }

    @Test
    void portalPagesPassAxeWithoutSeriousViolations() {
        browser.get("data:text/html,<!DOCTYPE html><html lang=en><title>t</title><input type=text>");
        assertThat(Accessibility.seriousViolations(browser)).as("the check itself can fail").anyMatch(v -> v.startsWith("label"));
        var ws = workspaceWithPortal();
        signInByMail(ws.slug(), "cal-" + ws.slug() + "@customers.test", "Cal");
        post(ws.slug(), "Export orders as CSV", "For **expense reports**.\n\n- date\n- price");
        browser.findElement(By.id("comment-body")).sendKeys("And the VAT please");
        browser.findElement(By.cssSelector(".comment-form button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=comment]")));

        for (var path : new String[] {"", "?sort=trending", "/t/1", "/roadmap", "/new", "/mine", "/sign-in"}) {
            open("/p/" + ws.slug() + path);
            assertThat(Accessibility.seriousViolations(browser)).as("axe on /p/%s%s", ws.slug(), path).isEmpty();
        }
        signOut();
        for (var path : new String[] {"", "/t/1", "/sign-in"}) {
            open("/p/" + ws.slug() + path);
            assertThat(Accessibility.seriousViolations(browser)).as("axe on /p/%s%s, signed out", ws.slug(), path).isEmpty();
        }
    }

    private void signInByMail(String slug, String email, String name) {
        var before = mailsTo(email).size();
        open("/p/" + slug + "/sign-in");
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("name")).sendKeys(name);
        browser.findElement(By.cssSelector("form button[type=submit].primary")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=link-sent]")));
        await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(email).size() > before);
        var link = PortalClient.LINK.matcher(text(mailsTo(email).get(before)));
        assertThat(link.find()).isTrue();
        browser.get(link.group(1));
        browser.findElement(By.cssSelector("[data-testid=confirm-sign-in]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".portal-me"), name));
    }

    private void post(String slug, String title, String body) {
        open("/p/" + slug + "/new");
        browser.findElement(By.id("title")).sendKeys(title);
        browser.findElement(By.id("body")).sendKeys(body);
        browser.findElement(By.cssSelector("[data-testid=post-topic]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=topic-title]")));
    }

    private void signOut() {
        browser.findElement(By.cssSelector(".portal-me button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=sign-in-link]")));
    }

    private void signInAsAgent(TestWorkspaces.TestWorkspace ws) {
        open("/login");
        browser.findElement(By.id("username")).sendKeys(ws.adminEmail());
        browser.findElement(By.id("password")).sendKeys(ws.adminPassword());
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("/w/" + ws.slug()));
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }
}
