package org.frontline.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.frontline.testing.PostBuilder.aPost;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.frontline.matching.internal.LiveQueries;
import org.frontline.matching.internal.TrackingQueryRepository;
import org.frontline.testing.Api;
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

/** Preview, pause and the full language through the REST API, on the embedded database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TrackingQueryApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    Api api;
    TestWorkspaces workspaces;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        workspaces = new TestWorkspaces(context);
    }

    @Test
    void previewCountsMatchesPerDayAndShowsExamplesWithHighlights() {
        var ws = workspaces.create();
        ingest(ws, aPost().saying("Acme refund please").json());
        ingest(ws, aPost().saying("nothing here").json());
        ingest(ws, aPost().saying("ACME réfund again").json());

        var preview = preview(ws, "acme NEAR/2 refund*");

        assertThat(preview.status()).isEqualTo(200);
        var body = preview.json();
        assertThat(body.get("scanned").asInt()).isEqualTo(3);
        assertThat(body.get("matched").asLong()).isEqualTo(2);
        assertThat(body.get("complete").asBoolean()).isTrue();
        assertThat(body.get("days").size()).isEqualTo(30);
        assertThat(body.get("days").get(29).get("matches").asLong()).isEqualTo(2);
        var newest = body.get("examples").get(0);
        assertThat(newest.get("text").asString()).isEqualTo("ACME réfund again");
        assertThat(newest.get("spans").get(0).get("start").asInt()).isZero();
        assertThat(newest.get("spans").get(1).get("end").asInt()).isEqualTo(11);
    }

    @Test
    void previewOfAMalformedQueryAnswersTheSyntaxProblem() {
        var ws = workspaces.create();

        var preview = preview(ws, "acme NEAR/x refund");

        assertThat(preview.status()).isEqualTo(400);
        assertThat(preview.json().get("type").asString()).isEqualTo("/problems/query-syntax");
        assertThat(preview.json().get("position").asInt()).isEqualTo(5);
    }

    @Test
    void previewNeverSeesAnotherWorkspacesPosts() {
        var mine = workspaces.create();
        var theirs = workspaces.create();
        ingest(theirs, aPost().saying("acme secret").json());

        assertThat(preview(mine, "acme").json().get("scanned").asInt()).isZero();
    }

    @Test
    void pausedQueryStopsMatchingUntilResumed() {
        var ws = workspaces.create();
        var path = "/api/v1/workspaces/" + ws.slug() + "/queries";
        var id = api.post(path, ws.token(), Api.json(Map.of("name", "Cats", "query", "cats"))).json().get("id").asString();

        var paused = api.post(path + "/" + id + "/pause", ws.token(), "");
        ingest(ws, aPost().saying("cats while paused").json());
        var resumed = api.post(path + "/" + id + "/resume", ws.token(), "");
        ingest(ws, aPost().saying("cats after resuming").json());

        assertThat(paused.json().get("paused").asBoolean()).isTrue();
        assertThat(resumed.json().get("paused").asBoolean()).isFalse();
        await().atMost(Duration.ofSeconds(20)).until(() -> cases(ws).get("total").asLong() >= 1);
        assertThat(cases(ws).get("total").asLong()).isOne();
        assertThat(cases(ws).get("items").get(0).get("post").get("text").asString()).isEqualTo("cats after resuming");
    }

    @Test
    void matchesFieldsHashtagsAndDisguisedWordsOnTheLiveStream() {
        var ws = workspaces.createWithQuery("Refunds", "#acme (rеfund OR author:ana@mastodon.example) lang:en");

        ingest(ws, aPost().saying("ｒｅ\u200Bfund now #Acme").with("lang", "en").json());

        await().atMost(Duration.ofSeconds(20)).until(() -> cases(ws).get("total").asLong() >= 1);
    }

    @Test
    void picksUpAChangeSavedThroughAnotherNodeWithinTwoSeconds() {
        var ws = workspaces.create();
        var live = context.getBean(LiveQueries.class);
        var repository = context.getBean(TrackingQueryRepository.class);
        assertThat(live.of(ws.id()).size()).isZero();
        var now = Instant.now();

        // What another node's TrackingQueries does: write the query and bump the revision, without telling this node.
        repository.insert(ws.id(), new TrackingQuery(new TrackingQueryId(UUID.randomUUID()), "Elsewhere", "acme", now, now, false));
        repository.bumpRevision(ws.id());

        await().atMost(Duration.ofSeconds(10)).until(() -> live.of(ws.id()).size() == 1);
    }

    private Api.Response preview(TestWorkspace ws, String query) {
        return api.post("/api/v1/workspaces/" + ws.slug() + "/queries/preview", ws.token(), Api.json(Map.of("query", query)));
    }

    private void ingest(TestWorkspace ws, String body) {
        assertThat(api.post("/api/v1/workspaces/" + ws.slug() + "/posts", ws.token(), body).status()).isEqualTo(202);
    }

    private JsonNode cases(TestWorkspace ws) {
        return api.get("/api/v1/workspaces/" + ws.slug() + "/cases?size=50", ws.token()).json();
    }
}
