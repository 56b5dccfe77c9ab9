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

    @Test
    void breachedAndAtRiskCasesAreMarkedInTheInboxAndTheCountdownRuns() {
        ingest("acme late one", "Late");
        ingest("acme close call", "Close");
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> runningTimers("acme late one") == 1
                && runningTimers("acme close call") == 1);
        var now = java.time.Instant.now();
        moveSla("acme late one", now.minus(Duration.ofMinutes(8)), now.minus(Duration.ofMinutes(3)));
        moveSla("acme close call", now.minus(Duration.ofMinutes(1)), now.plus(Duration.ofMinutes(4)));

        browser.navigate().refresh();

        // The rows may be re-rendered live (the breach escalates the case), so each badge is read in one go.
        var breached = badge("acme late one", b -> b.classes().contains("sla-breached"));
        var atRisk = badge("acme close call", b -> b.text().endsWith("left"));
        assertThat(breached.text()).startsWith("breached").endsWith("ago");
        assertThat(breached.color()).as("--danger #b42318").isEqualTo("rgba(180, 35, 24, 1)");
        assertThat(breached.background()).isEqualTo("rgba(254, 243, 242, 1)");
        assertThat(atRisk.classes()).contains("sla-at_risk").doesNotContain("sla-breached");
        assertThat(atRisk.color()).as("#b54708").isEqualTo("rgba(181, 71, 8, 1)");
        assertThat(atRisk.background()).isEqualTo("rgba(255, 250, 235, 1)");
        var first = secondsLeft(atRisk.text());
        assertThat(first).isBetween(3 * 60, 4 * 60);
        var later = badge("acme close call", b -> b.text().endsWith("left") && secondsLeft(b.text()) < first);
        assertThat(secondsLeft(later.text())).as("counts down live").isLessThan(first);
    }

    record Badge(String text, String classes, String color, String background) {}

    /** The SLA badge of the inbox row with this subject, once it satisfies {@code ready}. */
    private Badge badge(String subject, java.util.function.Predicate<Badge> ready) {
        return wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> d.findElements(By.cssSelector(".case-row")).stream()
                .filter(row -> row.findElement(By.cssSelector(".subject")).getText().equals(subject))
                .map(row -> row.findElement(By.cssSelector("[data-testid=sla]")))
                .map(el -> new Badge(el.getText(), el.getAttribute("class"), el.getCssValue("color"), el.getCssValue("background-color")))
                .filter(ready)
                .findFirst()
                .orElse(null));
    }

    /** "3:58 left" as seconds. */
    private static int secondsLeft(String text) {
        var matcher = java.util.regex.Pattern.compile("(\\d+):(\\d\\d) left").matcher(text);
        assertThat(matcher.matches()).as("countdown text %s", text).isTrue();
        return Integer.parseInt(matcher.group(1)) * 60 + Integer.parseInt(matcher.group(2));
    }

    private long runningTimers(String subject) {
        return context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                .sql("select count(*) from sla_timer t join support_case c on c.id = t.case_id"
                        + " where c.workspace_id = ? and c.subject = ? and t.met_at is null and t.due_at is not null")
                .params(ws.id().value(), subject)
                .query(Long.class)
                .single();
    }

    /** Moves a case's running SLA timer as if it had started earlier: the stored deadlines are what the inbox shows. */
    private void moveSla(String subject, java.time.Instant atRiskAt, java.time.Instant dueAt) {
        var jdbc = context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class);
        var caseId = jdbc.sql("select id from support_case where workspace_id = ? and subject = ?")
                .params(ws.id().value(), subject)
                .query(java.util.UUID.class)
                .single();
        jdbc.sql("update sla_timer set at_risk_at = ?, due_at = ? where case_id = ? and met_at is null")
                .params(atRiskAt.atOffset(ZoneOffset.UTC), dueAt.atOffset(ZoneOffset.UTC), caseId)
                .update();
    }

    private void ingest(String text, String author) {
        var response = new Api(port).post("/api/v1/workspaces/" + ws.slug() + "/posts", ws.token(), aPost().saying(text).by(author).json());
        assertThat(response.status()).isEqualTo(202);
    }
}
