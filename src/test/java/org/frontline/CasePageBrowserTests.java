package org.frontline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontline.testing.PostBuilder.aPost;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Set;
import org.frontline.replies.Replies;
import org.frontline.routing.Agents;
import org.frontline.routing.BusinessHours;
import org.frontline.routing.Priority;
import org.frontline.routing.SlaPolicies;
import org.frontline.routing.Teams;
import org.frontline.testing.Api;
import org.frontline.testing.Browser;
import org.frontline.testing.RequiresBrowser;
import org.frontline.testing.TestWorkspaces;
import org.frontline.testing.TestWorkspaces.TestWorkspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/** An agent working cases in a real headless Chromium: routing shown, SLA counting down, keyboard, replies. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@RequiresBrowser
class CasePageBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    WebDriver browser;
    WebDriverWait wait;
    TestWorkspace ws;

    @BeforeEach
    void setUp() {
        ws = new TestWorkspaces(context).createWithQuery("Acme", "acme");
        var support = context.getBean(Teams.class).defaultTeam(ws.id()).orElseThrow().id();
        var agents = context.getBean(Agents.class);
        var ana = agents.create(ws.id(), "Ana", "ana@example.com", Set.of("en"), Set.of(), BusinessHours.always(ZoneOffset.UTC), 5);
        agents.addToTeam(ws.id(), support, ana);
        for (var priority : Priority.values()) {
            context.getBean(SlaPolicies.class).set(ws.id(), null, priority, Duration.ofMinutes(20), null, null, false);
        }
        context.getBean(Replies.class).saveCannedResponse(ws.id(), "Sorry", "Hi {{contact.name}}, sorry about that!");
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get("http://127.0.0.1:" + port + "/login");
        browser.findElement(By.id("username")).sendKeys(ws.adminEmail());
        browser.findElement(By.id("password")).sendKeys(ws.adminPassword());
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("/inbox"));
    }

    @AfterEach
    void stopBrowser() {
        browser.quit();
    }

    @Test
    void inboxShowsTheSlaCountdownAndTheCasePageExplainsTheRouting() {
        ingest("acme cam offline", "Dana");

        var sla = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=sla]")));
        wait.until(d -> sla.getText().endsWith("left"));
        assertThat(sla.getText()).matches("1[89]:\\d\\d left|20:00 left");
        assertThat(sla.getAttribute("class")).contains("sla-on_track");

        browser.findElement(By.cssSelector(".case-row")).click();
        var note = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=routing-note]")));
        assertThat(note.getText()).contains("default team Support").contains("Chose Ana").contains("0 of 5 open cases");
        assertThat(browser.findElement(By.cssSelector("[data-testid=assignee]")).getText()).isEqualTo("Ana");
    }

    @Test
    void keyboardMovesThroughTheInboxAndOpensTheSelectedCase() {
        ingest("acme first", "First");
        wait.until(d -> d.findElements(By.cssSelector(".case-row")).size() == 1);
        ingest("acme second", "Second");
        wait.until(d -> d.findElements(By.cssSelector(".case-row")).size() == 2);

        new Actions(browser).sendKeys("j").sendKeys("j").sendKeys("k").perform();
        var selected = browser.findElement(By.cssSelector(".case-row.selected"));
        assertThat(selected.getText()).contains("Second");
        new Actions(browser).sendKeys(Keys.ENTER).perform();

        wait.until(ExpectedConditions.urlContains("/cases/"));
        assertThat(browser.findElement(By.cssSelector("[data-testid=post-text]")).getText()).isEqualTo("acme second");
        new Actions(browser).sendKeys("?").perform();
        assertThat(browser.findElement(By.id("shortcut-help")).isDisplayed()).isTrue();
    }

    @Test
    void cannedResponseFillsTheComposerAndRecordingTheAnswerOpensTheCase() {
        ingest("acme refund please", "Dana");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".case-row"))).click();

        var canned = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".canned-response")));
        canned.click();
        var text = browser.findElement(By.id("reply-text"));
        assertThat(text.getAttribute("value")).isEqualTo("Hi Dana, sorry about that!");
        assertThat(browser.findElement(By.cssSelector("[data-testid=reply-counter]")).getText()).isEqualTo("26 / 500");
        browser.findElement(By.cssSelector("#composer button[type=submit]")).click();

        var timeline = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=timeline] .act-reply")));
        assertThat(timeline.getText()).contains("Hi Dana, sorry about that!");
        assertThat(browser.findElement(By.cssSelector(".case-head .status")).getText()).isEqualTo("open");

        new Actions(browser).sendKeys("e").perform();
        wait.until(d -> d.findElement(By.cssSelector(".case-head .status")).getText().equals("resolved"));
    }

    private void ingest(String text, String author) {
        var response = new Api(port).post("/api/v1/workspaces/" + ws.slug() + "/posts", ws.token(), aPost().saying(text).by(author).json());
        assertThat(response.status()).isEqualTo(202);
    }
}
