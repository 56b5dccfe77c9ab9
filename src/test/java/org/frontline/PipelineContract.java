package org.frontline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.frontline.testing.PostBuilder.aPost;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.frontline.ingest.Posts;
import org.frontline.testing.Api;
import org.frontline.testing.TestWorkspaces;
import org.frontline.testing.TestWorkspaces.TestWorkspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * What the ingest API and the pipeline promise, end to end over HTTP against a real database. Run once on
 * the embedded database and once on PostgreSQL by the subclasses.
 */
abstract class PipelineContract {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    Posts posts;

    Api api;
    TestWorkspaces workspaces;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        workspaces = new TestWorkspaces(context);
    }

    @Test
    void opensCaseRoutedToDefaultTeamForPostMatchingQuery() {
        var ws = workspaces.createWithQuery("Refunds", "acme AND (refund OR \"money back\")");

        var response = ingest(ws, aPost().on("bluesky").saying("Acme, I want my money back!").json());

        assertThat(response.status()).isEqualTo(202);
        assertThat(response.json().get("posts").get(0).get("status").asString()).isEqualTo("created");
        var item = awaitCases(ws, 1).get(0);
        assertThat(item.get("status").asString()).isEqualTo("new");
        assertThat(item.get("team").asString()).isEqualTo("Support");
        assertThat(item.get("post").get("channel").asString()).isEqualTo("bluesky");
        var match = item.get("matchedQueries").get(0);
        assertThat(match.get("name").asString()).isEqualTo("Refunds");
        assertThat(spans(match)).containsExactly(List.of(0, 4), List.of(16, 26));
    }

    @Test
    void samePostTwiceYieldsOnePostAndOneMention() {
        var ws = workspaces.createWithQuery("Acme", "acme");
        var post = aPost().saying("acme again").withExternalId("dup-1");

        ingest(ws, post.json());
        var second = ingest(ws, post.json());

        assertThat(second.status()).isEqualTo(202);
        assertThat(second.json().get("posts").get(0).get("status").asString()).isEqualTo("duplicate");
        awaitCases(ws, 1);
        assertThat(posts.count(ws.id())).isEqualTo(1);
        assertThat(casesOf(ws).get("total").asLong()).isEqualTo(1);
    }

    @Test
    void storesPostMatchingNothingWithoutOpeningCase() {
        var ws = workspaces.createWithQuery("Acme", "acme");

        ingest(ws, aPost().saying("nothing to see here").json());
        ingest(ws, aPost().saying("acme: a marker that arrives after").json());

        awaitCases(ws, 1);
        assertThat(posts.count(ws.id())).isEqualTo(2);
        assertThat(casesOf(ws).get("items").get(0).get("post").get("text").asString()).startsWith("acme");
    }

    @Test
    void acceptsAnArrayOfPostsAndAnswersEveryStoredId() {
        var ws = workspaces.createWithQuery("Acme", "acme");
        var body = "[" + aPost().saying("acme one").json() + "," + aPost().saying("acme two").json() + "]";

        var response = ingest(ws, body);

        assertThat(response.status()).isEqualTo(202);
        assertThat(response.json().get("posts").size()).isEqualTo(2);
        awaitCases(ws, 2);
    }

    @Test
    void missingFieldAnswersProblemNamingTheFieldAndStoresNothing() {
        var ws = workspaces.createWithQuery("Acme", "acme");
        var body = "[" + aPost().saying("acme fine").json() + "," + aPost().without("text").json() + "]";

        var response = ingest(ws, body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("type").asString()).isEqualTo("/problems/validation");
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("[1].text");
        assertThat(posts.count(ws.id())).isZero();
    }

    @Test
    void invalidFieldsAnswerProblemNamingEachField() {
        var ws = workspaces.create();
        var body = aPost().on("myspace").with("url", "javascript:alert(1)").json();

        var response = ingest(ws, body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(fields(response)).containsExactly("channel", "url");
        assertThat(response.body()).doesNotContain("Exception", "jakarta", "org.frontline");
    }

    @Test
    void wronglyTypedFieldAnswersProblemNamingIt() {
        var ws = workspaces.create();

        var response = ingest(ws, aPost().with("createdAt", "yesterday").json());

        assertThat(response.status()).isEqualTo(400);
        assertThat(fields(response)).containsExactly("createdAt");
    }

    @Test
    void malformedJsonAnswersProblem() {
        var ws = workspaces.create();

        var response = ingest(ws, "{\"channel\": ");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("type").asString()).isEqualTo("/problems/malformed-body");
    }

    @Test
    void bodyOverOneMegabyteAnswers413AndStoresNothing() {
        var ws = workspaces.create();
        var body = aPost().saying("x".repeat(1_100_000)).json();

        var response = ingest(ws, body);

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.json().get("type").asString()).isEqualTo("/problems/payload-too-large");
        assertThat(posts.count(ws.id())).isZero();
    }

    @Test
    void wrongTokenAnswers401() {
        var ws = workspaces.create();

        var response = api.post("/api/v1/workspaces/" + ws.slug() + "/posts", "ftl_not-a-real-token", aPost().json());

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(posts.count(ws.id())).isZero();
    }

    @Test
    void missingTokenAnswers401() {
        var ws = workspaces.create();

        var response = api.get("/api/v1/workspaces/" + ws.slug() + "/cases", null);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().get("type").asString()).isEqualTo("/problems/unauthorized");
    }

    @Test
    void workspaceNotGrantedByTokenAnswers404LikeAMissingOne() {
        var mine = workspaces.create();
        var theirs = workspaces.create();

        var foreign = api.post("/api/v1/workspaces/" + theirs.slug() + "/posts", mine.token(), aPost().json());
        var missing = api.post("/api/v1/workspaces/no-such-workspace/posts", mine.token(), aPost().json());

        assertThat(foreign.status()).isEqualTo(404);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(foreign.json().get("type")).isEqualTo(missing.json().get("type"));
        assertThat(posts.count(theirs.id())).isZero();
    }

    @Test
    void queriesOfOneWorkspaceNeverOpenCasesInAnother() {
        var a = workspaces.createWithQuery("Acme", "acme");
        var b = workspaces.createWithQuery("Everything", "acme OR hello");

        ingest(a, aPost().saying("acme is down").json());

        awaitCases(a, 1);
        assertThat(casesOf(b).get("total").asLong()).isZero();
        assertThat(api.get("/api/v1/workspaces/" + a.slug() + "/cases", b.token()).status()).isEqualTo(404);
    }

    @Test
    void malformedQueryAnswersProblemWithPositionAndExpected() {
        var ws = workspaces.create();

        var response = api.post(
                "/api/v1/workspaces/" + ws.slug() + "/queries", ws.token(), Api.json(Map.of("name", "Broken", "query", "acme AND (refund OR")));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("type").asString()).isEqualTo("/problems/query-syntax");
        assertThat(response.json().get("position").asInt()).isEqualTo(19);
        assertThat(response.json().get("expected").asString()).isNotBlank();
        assertThat(response.json().get("detail").asString()).contains("19");
    }

    @Test
    void queryChangeAppliesToTheNextPostWithoutRestart() {
        var ws = workspaces.create();
        var path = "/api/v1/workspaces/" + ws.slug() + "/queries";

        var created = api.post(path, ws.token(), Api.json(Map.of("name", "Cats", "query", "cats")));
        ingest(ws, aPost().saying("cats are here").json());
        awaitCases(ws, 1);
        var id = created.json().get("id").asString();
        var changed = api.put(path + "/" + id, ws.token(), Api.json(Map.of("name", "Dogs", "query", "dogs")));
        ingest(ws, aPost().saying("cats again").json());
        ingest(ws, aPost().saying("dogs now").json());

        assertThat(created.status()).isEqualTo(201);
        assertThat(changed.status()).isEqualTo(200);
        var items = awaitCases(ws, 2);
        assertThat(items.get(0).get("post").get("text").asString()).isEqualTo("dogs now");
        assertThat(api.get(path, ws.token()).json().get(0).get("name").asString()).isEqualTo("Dogs");
    }

    @Test
    void deletedQueryStopsMatching() {
        var ws = workspaces.create();
        var path = "/api/v1/workspaces/" + ws.slug() + "/queries";
        var id = api.post(path, ws.token(), Api.json(Map.of("name", "Cats", "query", "cats"))).json().get("id").asString();
        api.post(path, ws.token(), Api.json(Map.of("name", "Marker", "query", "marker")));

        var deleted = api.delete(path + "/" + id, ws.token());
        ingest(ws, aPost().saying("cats").json());
        ingest(ws, aPost().saying("marker").json());

        assertThat(deleted.status()).isEqualTo(204);
        awaitCases(ws, 1);
        assertThat(casesOf(ws).get("items").get(0).get("post").get("text").asString()).isEqualTo("marker");
        assertThat(api.get(path + "/" + id, ws.token()).status()).isEqualTo(404);
    }

    @Test
    void listsCasesNewestFirstInPages() {
        var ws = workspaces.createWithQuery("Acme", "acme");
        for (var i = 0; i < 3; i++) {
            ingest(ws, aPost().saying("acme " + i).json());
            awaitCases(ws, i + 1);
        }

        var first = api.get("/api/v1/workspaces/" + ws.slug() + "/cases?page=0&size=2", ws.token()).json();
        var second = api.get("/api/v1/workspaces/" + ws.slug() + "/cases?page=1&size=2", ws.token()).json();

        assertThat(first.get("total").asLong()).isEqualTo(3);
        assertThat(texts(first)).containsExactly("acme 2", "acme 1");
        assertThat(texts(second)).containsExactly("acme 0");
    }

    private Api.Response ingest(TestWorkspace ws, String body) {
        return api.post("/api/v1/workspaces/" + ws.slug() + "/posts", ws.token(), body);
    }

    private JsonNode casesOf(TestWorkspace ws) {
        return api.get("/api/v1/workspaces/" + ws.slug() + "/cases?size=50", ws.token()).json();
    }

    private List<JsonNode> awaitCases(TestWorkspace ws, int count) {
        await().atMost(Duration.ofSeconds(20)).until(() -> casesOf(ws).get("total").asLong() >= count);
        return casesOf(ws).get("items").valueStream().toList();
    }

    private static List<String> texts(JsonNode page) {
        return page.get("items").valueStream().map(i -> i.get("post").get("text").asString()).toList();
    }

    private static List<String> fields(Api.Response response) {
        return response.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList();
    }

    private static List<List<Integer>> spans(JsonNode match) {
        return match.get("spans").valueStream().map(s -> List.of(s.get("start").asInt(), s.get("end").asInt())).toList();
    }
}
