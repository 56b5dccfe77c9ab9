package org.frontline.metrics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.frontline.testing.PostBuilder.aPost;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.frontline.cases.CaseId;
import org.frontline.cases.CaseManagement;
import org.frontline.cases.CaseStatus;
import org.frontline.matching.TrackingQueries;
import org.frontline.routing.Priority;
import org.frontline.routing.SlaPolicies;
import org.frontline.routing.Teams;
import org.frontline.testing.Api;
import org.frontline.testing.SignedInClient;
import org.frontline.testing.TestWorkspaces;
import org.frontline.testing.TestWorkspaces.TestWorkspace;
import org.frontline.workspaces.WorkspaceTimeZones;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The second set of dashboard figures end to end: posts through the ingest API, cases through the case API,
 * figures from the data endpoints, the lists behind them and the exports.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DashboardFiguresIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String DAY = "2026-11-23";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    TestWorkspace ws;
    Api api;
    SignedInClient browser;

    @BeforeEach
    void setUp() {
        ws = new TestWorkspaces(context).createWithQuery("Acme", "acme");
        var queries = context.getBean(TrackingQueries.class);
        var globex = queries.create(ws.id(), "Globex", "globex");
        queries.setCompetitor(ws.id(), globex.id(), true);
        api = new Api(port);
        ingest("bluesky", "b-1", "anna", "acme router broken again, refund please #AcmeFail", "2026-11-23T10:15:00Z");
        ingest("bluesky", "b-2", "anna", "acme support is terrible, router broken, awful #AcmeFail", "2026-11-23T11:15:00Z");
        ingest("mastodon", "m-1", "ben", "I love acme, great support, thank you!", "2026-11-23T12:40:00Z");
        ingest("mastodon", "m-2", "ben", "acme is wonderful, excellent and happy with it", "2026-11-23T13:40:00Z");
        ingest("x", "x-1", "carl", "globex has a better router than acme? =cmd|' /C calc'!A0", "2026-11-23T14:05:00Z");
        browser = new SignedInClient(port);
        browser.signIn(ws.adminEmail(), ws.adminPassword());
    }

    @Test
    void listeningShowsShareOfVoiceTopTermsAndAuthorsEachLinkingToWhatIsBehindIt() {
        var figures = await().atMost(Duration.ofSeconds(20)).until(() -> get("/listening/data?from=" + DAY + "&to=" + DAY),
                f -> f.get("mentions").asLong() == 5 && f.get("detractors").size() == 1 && f.get("advocates").size() == 1);

        assertThat(slices(figures.get("shareOfVoiceTotal"))).containsExactly("Brand=5", "Competitors=1");
        assertThat(series(figures.get("shareOfVoice"))).containsExactly("Brand", "Competitors");
        assertThat(slices(figures.get("topTerms"))).startsWith("acme=5").contains("router=3", "broken=2").doesNotContain("the=1", "is=3");
        assertThat(slices(figures.get("topHashtags"))).containsExactly("acmefail=2");
        assertThat(figures.get("detractors").get(0).get("handle").asString()).isEqualTo("anna");
        assertThat(figures.get("detractors").get(0).get("negative").asLong()).isEqualTo(2);
        assertThat(figures.get("advocates").get(0).get("handle").asString()).isEqualTo("ben");
        assertThat(figures.get("labels").get(0).asString()).isEqualTo("11-23 00:00");

        var competitorMentions = browser.get("/w/" + ws.slug() + "/dashboards/listening/mentions?from=" + DAY + "&to=" + DAY + "&side=competitor");
        assertThat(competitorMentions.body()).contains("globex has a better router").doesNotContain("I love acme");
        var routerMentions = browser.get("/w/" + ws.slug() + "/dashboards/listening/mentions?from=" + DAY + "&to=" + DAY + "&term=router"
                + "&since=2026-11-23T10:00:00Z&until=2026-11-23T11:00:00Z");
        assertThat(routerMentions.body()).contains("refund please").doesNotContain("support is terrible");
        var author = browser.get("/w/" + ws.slug() + "/dashboards/authors?channel=bluesky&handle=anna");
        assertThat(author.statusCode()).isEqualTo(302);
        assertThat(author.headers().firstValue("Location").orElseThrow()).contains("/w/" + ws.slug() + "/contacts/");
    }

    @Test
    void theWorkspaceTimeZoneShiftsDaysAndLabels() {
        context.getBean(WorkspaceTimeZones.class).setZone(ws.id(), "America/Los_Angeles");
        // 10:15 to 14:05 UTC on the 23rd is 02:15 to 06:05 on the 23rd in Los Angeles (UTC-8).
        var figures = await().atMost(Duration.ofSeconds(20)).until(() -> get("/listening/data?from=" + DAY + "&to=" + DAY),
                f -> f.get("mentions").asLong() == 5);

        assertThat(figures.get("zone").asString()).isEqualTo("America/Los_Angeles");
        assertThat(figures.get("buckets").get(0).asString()).isEqualTo("2026-11-23T08:00:00Z");
        assertThat(figures.get("labels").get(0).asString()).isEqualTo("11-23 00:00");
        assertThat(get("/listening/data?from=2026-11-22&to=2026-11-22").get("mentions").asLong()).isZero();
    }

    @Test
    void serviceShowsResolutionSlaWorkloadAndHourOfDay() {
        var team = context.getBean(Teams.class).defaultTeam(ws.id()).orElseThrow().id();
        context.getBean(SlaPolicies.class).set(ws.id(), null, Priority.NORMAL, Duration.ofHours(4), null, Duration.ofDays(2), false);
        context.getBean(SlaPolicies.class).set(ws.id(), null, Priority.HIGH, Duration.ofHours(1), null, Duration.ofDays(1), false);
        context.getBean(SlaPolicies.class).set(ws.id(), null, Priority.URGENT, Duration.ofMinutes(30), null, Duration.ofHours(8), false);
        context.getBean(SlaPolicies.class).set(ws.id(), null, Priority.LOW, Duration.ofDays(1), null, Duration.ofDays(5), false);
        await().atMost(Duration.ofSeconds(20)).until(() -> get("/listening/data?from=" + DAY + "&to=" + DAY),
                f -> f.get("mentions").asLong() == 5 && f.get("detractors").size() == 1);
        var cases = awaitCases(1);
        var n = cases.size();
        var management = context.getBean(CaseManagement.class);
        management.recordReply(ws.id(), cases.get(0), "agent@example.com", "Sorry, on it.");
        management.changeStatus(ws.id(), cases.get(0), CaseStatus.RESOLVED, "agent@example.com");

        var today = LocalDate.now(ZoneOffset.UTC);
        var range = "?from=" + today.minusDays(1) + "&to=" + today.plusDays(1);
        var figures = await().atMost(Duration.ofSeconds(20)).until(() -> get("/service/data" + range),
                f -> f.get("resolutions").asLong() == 1 && f.get("slaByTeam").size() == 2 && sumOpen(f.get("openByAgentNow")) == n - 1);

        assertThat(figures.get("medianResolutionSeconds").asLong()).isGreaterThanOrEqualTo(0);
        assertThat(figures.get("resolutionDistribution").get(0).get("value").asLong()).isEqualTo(1);
        assertThat(figures.get("slaByTeam").get(0).get("group").asString()).isEqualTo("Support");
        assertThat(figures.get("slaByTeam").get(0).get("kind").asString()).isEqualTo("first_response");
        assertThat(figures.get("slaByTeam").get(0).get("met").asLong()).isEqualTo(1);
        assertThat(figures.get("slaByTeam").get(1).get("kind").asString()).isEqualTo("resolution");
        assertThat(series(figures.get("workloadByTeam"))).containsExactly("Support");
        assertThat(last(figures.get("workloadByTeam").get(0))).isEqualTo(n - 1.0);
        assertThat(figures.get("openedByHour")).hasSize(24);
        var opened = 0L;
        for (var h : figures.get("openedByHour")) {
            opened += h.asLong();
        }
        assertThat(opened).isEqualTo(n);
        assertThat(figures.get("openedByWeekdayAndHour")).hasSize(7);

        var resolved = browser.get("/w/" + ws.slug() + "/dashboards/service/cases" + range + "&list=resolved&team=" + team.value());
        assertThat(resolved.body()).contains("/w/" + ws.slug() + "/cases/" + cases.get(0).value());
        if (n > 1) {
            assertThat(resolved.body()).doesNotContain("/cases/" + cases.get(1).value());
        }
    }

    @Test
    void exportsChartDataAsCsvAndXlsxWithFormulasNeutralized() throws IOException {
        await().atMost(Duration.ofSeconds(20)).until(() -> get("/listening/data?from=" + DAY + "&to=" + DAY),
                f -> f.get("mentions").asLong() == 5 && f.get("detractors").size() == 1);
        var filter = "from=" + DAY + "&to=" + DAY;

        var csv = browser.get("/w/" + ws.slug() + "/dashboards/listening/export.csv?chart=shareOfVoiceTotal&" + filter);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).contains("listening-shareOfVoiceTotal.csv");
        assertThat(csv.body()).contains("side,count\r\nBrand,5\r\nCompetitors,1\r\n");

        var xlsx = browser.getBytes("/w/" + ws.slug() + "/dashboards/listening/export.xlsx?" + filter);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            var sheets = workbook.getSheets().toList();
            assertThat(sheets).extracting(s -> s.getName()).contains("Mentions by channel", "Share of voice", "Top terms", "Detractors");
            var terms = sheets.stream().filter(s -> s.getName().equals("Top terms")).findFirst().orElseThrow().read();
            assertThat(terms.get(1).getCellText(0)).isEqualTo("acme");
            assertThat(terms.get(1).getCell(1).asNumber().intValue()).isEqualTo(5);
        }

        var cases = awaitCases(1);
        var today = LocalDate.now(ZoneOffset.UTC);
        var caseCsv = browser.get("/w/" + ws.slug() + "/dashboards/service/cases/export.csv?from=" + today.minusDays(1) + "&to=" + today.plusDays(1));
        assertThat(caseCsv.statusCode()).isEqualTo(200);
        assertThat(caseCsv.body()).contains("/cases/" + cases.get(0).value());
        // The post "... =cmd|' /C calc'!A0" opened no case (it has no brand complaint), but its author's text never
        // reaches a cell unneutralized: every cell that starts with a trigger gets an apostrophe.
        caseCsv.body().lines().skip(1).forEach(line -> assertThat(line).doesNotStartWith("=").doesNotContain(",=", ",+", ",@"));
    }

    @Test
    void rejectsAnUnknownChartAndAForeignWorkspace() {
        var unknown = browser.get("/w/" + ws.slug() + "/dashboards/listening/export.csv?chart=nothing");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("/problems/validation", "chart");

        var other = new TestWorkspaces(context).create();
        assertThat(browser.get("/w/" + other.slug() + "/dashboards/listening/export.csv?chart=topTerms").statusCode()).isEqualTo(404);
        assertThat(browser.get("/w/" + other.slug() + "/dashboards/service/cases").statusCode()).isEqualTo(404);
    }

    private void ingest(String channel, String externalId, String author, String text, String createdAt) {
        var body = aPost().on(channel).withExternalId(externalId).from(author).saying(text).with("createdAt", createdAt).json();
        assertThat(api.post("/api/v1/workspaces/" + ws.slug() + "/posts", ws.token(), body).status()).isEqualTo(202);
    }

    private JsonNode get(String path) {
        var response = browser.get("/w/" + ws.slug() + "/dashboards" + path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private List<CaseId> awaitCases(int atLeast) {
        var list = await().atMost(Duration.ofSeconds(20)).until(
                () -> api.get("/api/v1/workspaces/" + ws.slug() + "/cases", ws.token()).json().get("items"), items -> items.size() >= atLeast);
        var ids = new ArrayList<CaseId>();
        list.forEach(item -> ids.add(new CaseId(UUID.fromString(item.get("id").asString()))));
        return ids;
    }

    private static long sumOpen(JsonNode agents) {
        var total = 0L;
        for (var a : agents) {
            total += a.get("open").asLong();
        }
        return total;
    }

    private static List<String> series(JsonNode series) {
        var names = new ArrayList<String>();
        series.forEach(s -> names.add(s.get("name").asString()));
        return names;
    }

    private static List<String> slices(JsonNode slices) {
        var names = new ArrayList<String>();
        slices.forEach(s -> names.add(s.get("name").asString() + "=" + s.get("value").asLong()));
        return names;
    }

    private static double last(JsonNode series) {
        var data = series.get("data");
        return data.get(data.size() - 1).asDouble();
    }
}
