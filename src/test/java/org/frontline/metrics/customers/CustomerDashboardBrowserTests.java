package org.frontline.metrics.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.frontline.metrics.surveys.SurveyFixtures.scores;
import static org.frontline.testing.PostBuilder.aPost;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import org.frontline.metrics.surveys.SurveyFixtures;
import org.frontline.testing.Api;
import org.frontline.testing.Browser;
import org.frontline.testing.RequiresBrowser;
import org.frontline.testing.SignedInClient;
import org.frontline.testing.TestWorkspaces;
import org.frontline.testing.TestWorkspaces.TestWorkspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The customers dashboard in a real headless Chromium: two weeks of survey answers and a few contacts who may be
 * leaving. The charts are read back from ECharts, and a screenshot is kept (target/screenshots, copied to docs/).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@RequiresBrowser
class CustomerDashboardBrowserTests {

    private static final String SERIES = "const o = echarts.getInstanceByDom(document.getElementById(arguments[0])).getOption();"
            + " return o.series.map(s => s.name + '=' + s.data.filter(v => v !== null && v !== undefined && v !== '-').length);";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    WebDriver browser;
    TestWorkspace ws;

    @BeforeEach
    void setUp() {
        ws = new TestWorkspaces(context).createWithQuery("Acme", "acme");
        browser = Browser.start();
        browser.manage().window().setSize(new Dimension(1400, 1000));
    }

    @AfterEach
    void stopBrowser() {
        browser.quit();
    }

    @Test
    void customersDashboardDrawsScoresOverTimeAndTheAttritionList() {
        var today = LocalDate.now(ZoneOffset.UTC);
        answerTwoWeeksOfSurveys(today);
        var api = new Api(port);
        var now = Instant.now();
        ingest(api, "maria_r", "I love acme, great support, thank you so much!", now.minus(Duration.ofDays(40)));
        ingest(api, "maria_r", "acme is terrible, broken again and the worst service ever", now.minus(Duration.ofDays(2)));
        ingest(api, "jonas_k", "acme I will cancel my plan and go with Globex instead", now.minus(Duration.ofDays(1)));
        var range = "?from=" + today.minusDays(13) + "&to=" + today;
        var reader = new SignedInClient(port);
        reader.signIn(ws.adminEmail(), ws.adminPassword());
        await().atMost(Duration.ofSeconds(60)).until(
                () -> reader.get("/w/" + ws.slug() + "/dashboards/customers/data" + range).body(), body -> body.contains("turned negative")
                        && body.contains("mentions leaving"));

        signIn();
        browser.get(base() + "/w/" + ws.slug() + "/dashboards/customers" + range);
        var wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main[data-drawn=true]")));

        assertThat(series("satisfaction")).containsExactly("CSAT (1–5)=14", "CES (1–7)=14");
        assertThat(series("net-promoter")).containsExactly("NPS=14");
        assertThat(series("responses")).containsExactly("CSAT=14", "CES=14", "NPS=14");
        assertThat(browser.findElement(By.cssSelector("[data-score=nps]")).getText()).contains("promoters");
        assertThat(browser.findElement(By.cssSelector(".dashboard-tabs a.active")).getText()).isEqualTo("Customers");
        wait.until(d -> d.findElements(By.cssSelector("[data-attrition] li")).size() == 2);
        var link = browser.findElement(By.cssSelector("[data-attrition] li a")).getAttribute("href");
        assertThat(link).contains("/w/" + ws.slug() + "/contacts/");
        screenshot("dashboards-customers.png");
    }

    /** Three to eight answers a day; scores drift down in the second week so the lines have a story. */
    private void answerTwoWeeksOfSurveys(LocalDate today) {
        var surveys = new SurveyFixtures(context);
        var random = new Random(9);
        for (int day = 13; day >= 0; day--) {
            var date = today.minusDays(day);
            var count = 3 + random.nextInt(6);
            for (int i = 0; i < count; i++) {
                var at = date.atTime(8 + i, random.nextInt(60)).toInstant(ZoneOffset.UTC);
                var mood = day < 5 ? random.nextInt(3) : 1 + random.nextInt(3);
                surveys.answered(ws.id(), i % 2 == 0 ? "email" : "bluesky", at,
                        scores(Math.min(5, 2 + mood + random.nextInt(2)), Math.min(7, 3 + mood + random.nextInt(3)),
                                Math.min(10, 5 + 2 * mood + random.nextInt(2))));
            }
        }
    }

    private void signIn() {
        browser.get(base() + "/login");
        browser.findElement(By.id("username")).sendKeys(ws.adminEmail());
        browser.findElement(By.id("password")).sendKeys(ws.adminPassword());
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/inbox"));
    }

    private void ingest(Api api, String author, String text, Instant at) {
        var profile = java.util.Map.of("handle", author, "displayName", author.replace('_', ' '), "profileUrl", "https://bsky.example/" + author);
        var post = aPost().on("bluesky").saying(text).with("createdAt", at.toString()).with("author", profile);
        var before = contactPosts();
        assertThat(api.post("/api/v1/workspaces/" + ws.slug() + "/posts", ws.token(), post.json()).status()).isEqualTo(202);
        // One at a time: two first posts of one author at once race on the contact's identity in the cases module.
        await().atMost(Duration.ofSeconds(30)).until(() -> contactPosts() > before);
    }

    private long contactPosts() {
        return context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                .sql("select count(*) from metrics_contact_post where workspace_id = ?")
                .param(ws.id().value())
                .query(Long.class)
                .single();
    }

    @SuppressWarnings("unchecked")
    private List<String> series(String chartId) {
        return (List<String>) ((JavascriptExecutor) browser).executeScript(SERIES, chartId);
    }

    private void screenshot(String name) {
        try {
            var dir = Files.createDirectories(Path.of("target", "screenshots"));
            var png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(png, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }
}
