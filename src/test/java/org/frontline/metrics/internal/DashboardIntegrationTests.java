package org.frontline.metrics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.frontline.testing.PostBuilder.aPost;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.frontline.cases.CaseId;
import org.frontline.cases.CaseManagement;
import org.frontline.ingest.Channel;
import org.frontline.ingest.Posts;
import org.frontline.matching.MentionMatched;
import org.frontline.matching.QueryMatch;
import org.frontline.matching.TrackingQueries;
import org.frontline.testing.Api;
import org.frontline.testing.SignedInClient;
import org.frontline.testing.TestWorkspaces;
import org.frontline.testing.TestWorkspaces.TestWorkspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Posts ingested through the API end up, once each, in the figures the dashboards' data endpoints answer. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DashboardIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String DAY = "2026-11-23";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    TestWorkspace ws;
    Api api;
    SignedInClient browser;
    UUID refunds;

    @BeforeEach
    void setUp() {
        ws = new TestWorkspaces(context).createWithQuery("Acme", "acme");
        refunds = context.getBean(TrackingQueries.class).create(ws.id(), "Refunds", "refund").id().value();
        api = new Api(port);
        ingest("bluesky", "b-1", "acme please refund my order, it arrived broken", "2026-11-23T10:15:00Z");
        ingest("mastodon", "m-1", "I love acme, great support, thank you!", "2026-11-23T10:40:00Z");
        ingest("bluesky", "b-2", "acme app is terrible and broken again", "2026-11-23T12:05:00Z");
        browser = new SignedInClient(port);
        browser.signIn(ws.adminEmail(), ws.adminPassword());
    }

    @Test
    void listeningFiguresCountEachMentionByHourChannelAndQuery() {
        var figures = awaitListening("", 3);

        assertThat(figures.get("zone").asString()).isEqualTo("UTC");
        assertThat(figures.get("buckets")).hasSize(24);
        assertThat(figures.get("buckets").get(10).asString()).isEqualTo("2026-11-23T10:00:00Z");
        var byChannel = series(figures.get("volumeByChannel"));
        assertThat(byChannel).containsExactly("bluesky", "mastodon");
        assertThat(values(figures.get("volumeByChannel").get(0), 10, 12)).containsExactly(1.0, 0.0, 1.0);
        assertThat(values(figures.get("volumeByChannel").get(1), 10, 12)).containsExactly(1.0, 0.0, 0.0);
        assertThat(series(figures.get("volumeByQuery"))).containsExactly("Acme", "Refunds");
        assertThat(sum(figures.get("volumeByQuery").get(0))).isEqualTo(3);
        assertThat(sum(figures.get("volumeByQuery").get(1))).isEqualTo(1);
        assertThat(series(figures.get("sentiment"))).containsExactly("Average sentiment", "Negative share");
    }

    @Test
    void filtersByChannelAndByQuery() {
        awaitListening("", 3);

        assertThat(listening("&channel=bluesky").get("mentions").asLong()).isEqualTo(2);
        var refundsOnly = listening("&query=" + refunds);
        assertThat(refundsOnly.get("mentions").asLong()).isEqualTo(1);
        assertThat(series(refundsOnly.get("volumeByChannel"))).containsExactly("bluesky");
    }

    @Test
    void aReplayedMentionEventCountsOnce() {
        awaitListening("", 3);
        var post = context.getBean(Posts.class).findByExternalId(ws.id(), Channel.MASTODON, "m-1").orElseThrow();
        var acme = context.getBean(TrackingQueries.class).list(ws.id()).stream().filter(q -> q.name().equals("Acme")).findFirst().orElseThrow();

        context.getBean(MentionRollup.class).on(new MentionMatched(ws.id(), post, List.of(new QueryMatch(acme.id(), List.of()))));

        assertThat(listening("").get("mentions").asLong()).isEqualTo(3);
        assertThat(sum(listening("&channel=mastodon").get("volumeByQuery").get(0))).isEqualTo(1);
    }

    @Test
    void serviceFiguresShowFirstResponseAndBacklogByStatus() {
        var cases = awaitCases(3);
        context.getBean(CaseManagement.class).recordReply(ws.id(), cases.getFirst(), "agent@example.com", "Sorry, we are on it.");

        var today = LocalDate.now(ZoneOffset.UTC);
        var range = "?from=" + today.minusDays(1) + "&to=" + today.plusDays(1);
        var figures = await().atMost(Duration.ofSeconds(20)).until(
                () -> get("/service/data" + range),
                f -> f.get("responses").asLong() == 1 && last(f.get("backlog").get(1)) == 1.0);

        assertThat(figures.get("medianFirstResponseSeconds").asLong()).isGreaterThanOrEqualTo(0);
        assertThat(figures.get("p90FirstResponseSeconds").asLong()).isEqualTo(figures.get("medianFirstResponseSeconds").asLong());
        assertThat(figures.get("firstResponseDistribution").get(0).get("value").asLong()).isEqualTo(1);
        assertThat(series(figures.get("backlog"))).containsExactly("new", "open", "pending");
        assertThat(last(figures.get("backlog").get(0))).isEqualTo(2.0);
        assertThat(last(figures.get("backlog").get(2))).isEqualTo(0.0);
    }

    @Test
    void rejectsABadFilterWithAProblem() {
        var response = browser.get("/w/" + ws.slug() + "/dashboards/listening/data?from=yesterday&channel=fax");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("/problems/validation", "from", "channel");
    }

    private void ingest(String channel, String externalId, String text, String createdAt) {
        var body = aPost().on(channel).withExternalId(externalId).saying(text).with("createdAt", createdAt).json();
        assertThat(api.post("/api/v1/workspaces/" + ws.slug() + "/posts", ws.token(), body).status()).isEqualTo(202);
    }

    private JsonNode awaitListening(String filter, long mentions) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> listening(filter),
                f -> f.get("mentions").asLong() == mentions && sumSlices(f.get("intentMix")) == mentions);
    }

    private JsonNode listening(String filter) {
        return get("/listening/data?from=" + DAY + "&to=" + DAY + filter);
    }

    private JsonNode get(String path) {
        var response = browser.get("/w/" + ws.slug() + "/dashboards" + path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private List<CaseId> awaitCases(int count) {
        var list = await().atMost(Duration.ofSeconds(20)).until(
                () -> api.get("/api/v1/workspaces/" + ws.slug() + "/cases", ws.token()).json().get("items"), items -> items.size() == count);
        var ids = new ArrayList<CaseId>();
        list.forEach(item -> ids.add(new CaseId(UUID.fromString(item.get("id").asString()))));
        return ids;
    }

    private static List<String> series(JsonNode series) {
        var names = new ArrayList<String>();
        series.forEach(s -> names.add(s.get("name").asString()));
        return names;
    }

    private static List<Double> values(JsonNode series, int from, int to) {
        var values = new ArrayList<Double>();
        for (int i = from; i <= to; i++) {
            values.add(series.get("data").get(i).asDouble());
        }
        return values;
    }

    private static long sum(JsonNode series) {
        var total = 0L;
        for (var v : series.get("data")) {
            total += v.asLong();
        }
        return total;
    }

    private static long sumSlices(JsonNode slices) {
        var total = 0L;
        for (var s : slices) {
            total += s.get("value").asLong();
        }
        return total;
    }

    private static double last(JsonNode series) {
        var data = series.get("data");
        return data.get(data.size() - 1).asDouble();
    }
}
