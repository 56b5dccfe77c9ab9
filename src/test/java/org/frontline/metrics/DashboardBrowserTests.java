package org.frontline.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.frontline.cases.CaseId;
import org.frontline.cases.CaseManagement;
import org.frontline.cases.CaseStatus;
import org.frontline.matching.TrackingQueries;
import org.frontline.metrics.internal.ServiceDashboard;
import org.frontline.routing.Priority;
import org.frontline.routing.SlaPolicies;
import org.frontline.testing.Api;
import org.frontline.testing.Browser;
import org.frontline.testing.RequiresBrowser;
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
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.json.JsonMapper;

/**
 * Both dashboards in a real headless Chromium, fed with the demo sample stream through the ingest API: the
 * charts are drawn with the expected series, and a screenshot of each is kept (target/screenshots, copied to
 * docs/ for the README).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@RequiresBrowser
class DashboardBrowserTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Instant DAY = Instant.parse("2026-11-23T00:00:00Z");
    private static final int POSTS = 80;
    private static final String SERIES_NAMES = "return echarts.getInstanceByDom(document.getElementById(arguments[0]))"
            + ".getOption().series.flatMap(s => s.type === 'pie' ? s.data.map(d => d.name) : [s.name]);";

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
        ingestSampleStream();
        browser = Browser.start();
        browser.manage().window().setSize(new Dimension(1400, 2400));
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get(base() + "/login");
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
    void listeningDashboardDrawsVolumeSentimentAndIntentCharts() {
        var api = new Api(port);
        await().atMost(Duration.ofSeconds(30)).until(
                () -> api.get("/api/v1/workspaces/" + ws.slug() + "/cases", ws.token()).json().get("total").asLong() > 0);

        var queries = context.getBean(TrackingQueries.class);
        var rival = queries.create(ws.id(), "Rival", "globex");
        queries.setCompetitor(ws.id(), rival.id(), true);

        browser.get(base() + "/w/" + ws.slug() + "/dashboards/listening?from=2026-11-23&to=2026-11-23");
        awaitDrawn();

        assertThat(seriesOf("volume-by-channel")).contains("x", "reddit");
        assertThat(seriesOf("volume-by-query")).containsExactly("Acme");
        assertThat(seriesOf("sentiment")).containsExactly("Average sentiment", "Negative share");
        assertThat(seriesOf("intent-mix")).isNotEmpty().isSubsetOf("complaint", "question", "praise", "idea", "need", "spam", "other");
        assertThat(seriesOf("share-of-voice")).containsExactly("Brand", "Competitors");
        assertThat(seriesOf("share-of-voice-total")).containsExactly("Brand", "Competitors");
        assertThat(seriesOf("top-terms")).containsExactly("Mentions");
        assertThat(categoriesOf("top-terms")).isNotEmpty().doesNotContain("the", "and", "is");
        assertThat(seriesOf("top-hashtags")).containsExactly("Mentions");
        assertThat(seriesOf("advocates")).containsExactly("Positive mentions");
        assertThat(seriesOf("detractors")).containsExactly("Negative mentions");
        assertThat(browser.findElements(By.cssSelector("a.chart-export"))).hasSize(10);
        assertThat(browser.findElement(By.cssSelector("nav.tabs a.active")).getText()).isEqualTo("Dashboards");
        screenshot("dashboards-listening.png");
    }

    @Test
    void serviceDashboardDrawsFirstResponseDistributionAndBacklog() {
        var api = new Api(port);
        var items = await().atMost(Duration.ofSeconds(30)).until(
                () -> api.get("/api/v1/workspaces/" + ws.slug() + "/cases?size=20", ws.token()).json().get("items"), i -> i.size() >= 5);
        var policies = context.getBean(SlaPolicies.class);
        for (var priority : Priority.values()) {
            policies.set(ws.id(), null, priority, Duration.ofMinutes(30), null, Duration.ofHours(8), false);
        }
        var cases = context.getBean(CaseManagement.class);
        for (int i = 0; i < 3; i++) {
            var id = new CaseId(UUID.fromString(items.get(i).get("id").asString()));
            cases.recordReply(ws.id(), id, ws.adminEmail(), "Thanks, we are looking into it.");
        }
        cases.changeStatus(ws.id(), new CaseId(UUID.fromString(items.get(0).get("id").asString())), CaseStatus.RESOLVED, ws.adminEmail());
        var today = LocalDate.now(ZoneOffset.UTC);
        var range = new DashboardFilter(today.minusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
                today.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(), java.util.Optional.empty(), java.util.Optional.empty());
        var service = context.getBean(ServiceDashboard.class);
        await().atMost(Duration.ofSeconds(30)).until(() -> service.figures(ws.id(), range),
                f -> f.resolutions() == 1 && f.slaByTeam().size() == 2);

        browser.get(base() + "/w/" + ws.slug() + "/dashboards/service?from=" + today.minusDays(1) + "&to=" + today);
        awaitDrawn();

        assertThat(seriesOf("first-response")).containsExactly("Cases answered");
        assertThat(seriesOf("backlog")).containsExactly("new", "open", "pending");
        assertThat(seriesOf("resolution")).containsExactly("Cases resolved");
        assertThat(seriesOf("sla-by-team")).containsExactly("First response met", "First response breached", "Resolution met", "Resolution breached");
        assertThat(seriesOf("sla-by-priority")).containsExactly("First response met", "First response breached", "Resolution met", "Resolution breached");
        assertThat(seriesOf("workload-by-team")).containsExactly("Support");
        assertThat(seriesOf("open-by-agent")).containsExactly("Open cases");
        assertThat(seriesOf("opened-by-hour")).containsExactly("Cases opened");
        assertThat(seriesOf("opened-heatmap")).containsExactly("Cases opened");
        assertThat(browser.findElement(By.cssSelector("[data-resolution]")).getText()).startsWith("Median");
        assertThat(categoriesOfX("sla-by-team")).containsExactly("Support");
        assertThat(browser.findElement(By.cssSelector("[data-first-response]")).getText()).startsWith("Median");
        screenshot("dashboards-service.png");
    }

    private void awaitDrawn() {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main[data-drawn=true]")));
    }

    @SuppressWarnings("unchecked")
    private List<String> seriesOf(String chartId) {
        return (List<String>) ((JavascriptExecutor) browser).executeScript(SERIES_NAMES, chartId);
    }

    @SuppressWarnings("unchecked")
    private List<String> categoriesOf(String chartId) {
        return (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return echarts.getInstanceByDom(document.getElementById(arguments[0])).getOption().yAxis[0].data;", chartId);
    }

    @SuppressWarnings("unchecked")
    private List<String> categoriesOfX(String chartId) {
        return (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return echarts.getInstanceByDom(document.getElementById(arguments[0])).getOption().xAxis[0].data;", chartId);
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

    /** The first posts of the shipped demo stream, spread over one day so the charts have a shape. */
    private void ingestSampleStream() {
        var api = new Api(port);
        try (var lines = new ClassPathResource("demo/sample-stream.jsonl").getContentAsString(StandardCharsets.UTF_8).lines()) {
            var sample = lines.limit(POSTS).toList();
            for (int i = 0; i < sample.size(); i++) {
                @SuppressWarnings("unchecked")
                Map<String, Object> post = new LinkedHashMap<>(JSON.readValue(sample.get(i), Map.class));
                post.remove("offsetSeconds");
                post.put("createdAt", DAY.plus(Duration.ofMinutes(i * 17L)).toString());
                api.post("/api/v1/workspaces/" + ws.slug() + "/posts", ws.token(), Api.json(post));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }
}
