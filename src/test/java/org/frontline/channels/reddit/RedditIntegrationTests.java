package org.frontline.channels.reddit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.frontline.cases.CaseId;
import org.frontline.channels.FakeHttpServer;
import org.frontline.channels.internal.SourceRefused;
import org.frontline.channels.social.SocialConnection;
import org.frontline.channels.social.SocialConnections;
import org.frontline.ingest.Channel;
import org.frontline.ingest.Posts;
import org.frontline.replies.DeliveryState;
import org.frontline.replies.Replies;
import org.frontline.replies.internal.ReplyDelivery;
import org.frontline.testing.Api;
import org.frontline.testing.TestWorkspaces;
import org.frontline.testing.TestWorkspaces.TestWorkspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reddit against a local server answering with the search listing PRAW recorded
 * (src/test/resources/corpus/reddit-praw, BSD-2-Clause, see SOURCE.md); the token and comment answers are
 * written in Reddit's documented shape, the corpus holding none.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RedditIntegrationTests {

    private static final String EMPTY = "{\"kind\":\"Listing\",\"data\":{\"after\":null,\"before\":null,\"children\":[]}}";
    private static final Path CORPUS = Path.of("src/test/resources/corpus/reddit-praw");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final RedditApi.Credentials CREDENTIALS = new RedditApi.Credentials("app-id", "app-secret", "acme_support", "pw-" + UUID.randomUUID());

    @Autowired ApplicationContext context;
    @Autowired RedditConnector connector;
    @Autowired RedditPoller poller;
    @Autowired SocialConnections connections;
    @Autowired Posts posts;
    @Autowired Replies replies;
    @Autowired ReplyDelivery delivery;
    @Autowired JdbcClient jdbc;
    @LocalServerPort int port;

    private final FakeHttpServer server = new FakeHttpServer();
    private final List<String> searches = new CopyOnWriteArrayList<>();
    private TestWorkspace ws;

    @BeforeEach
    void setUp() {
        ws = new TestWorkspaces(context).createWithQuery("praw", "oauth");
        server.on("/api/v1/access_token", exchange -> {
            var ok = exchange.getRequestHeaders().getFirst("Authorization").equals("Basic YXBwLWlkOmFwcC1zZWNyZXQ=")
                    && body(exchange).contains("password=" + CREDENTIALS.password());
            FakeHttpServer.respond(exchange, ok ? 200 : 401, "application/json", ok
                    ? "{\"access_token\":\"token-1\",\"token_type\":\"bearer\",\"expires_in\":86400,\"scope\":\"*\"}"
                    : "{\"message\":\"Unauthorized\",\"error\":401}");
        });
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    @Test
    void pollsSearchWithABeforeCursorAndHonoursRemovedPosts() {
        var first = listing();
        server.on("/search", exchange -> {
            var query = URLDecoder.decode(exchange.getRequestURI().getRawQuery(), StandardCharsets.UTF_8);
            searches.add(query);
            exchange.getResponseHeaders().set("X-Ratelimit-Used", "3");
            exchange.getResponseHeaders().set("X-Ratelimit-Remaining", "97.0");
            exchange.getResponseHeaders().set("X-Ratelimit-Reset", "42");
            FakeHttpServer.respond(exchange, 200, "application/json", query.contains("before=") ? removedFirst(first) : first);
        });
        var connection = connector.connect(ws.id(), server.url(""), CREDENTIALS);

        var created = poller.poll(connection);
        var again = poller.poll(connection);

        assertThat(created).isEqualTo(6);
        assertThat(again).isZero();
        assertThat(searches.get(0)).contains("q=oauth", "sort=new").doesNotContain("before=");
        assertThat(searches.get(1)).contains("before=t3_3gpbiu");
        assertThat(text("t3_3gpbiu")).as("removed by the moderators since").isEmpty();
        var health = connections.find(ws.id(), connection.id()).orElseThrow().health();
        assertThat(health.rateLimit().remaining()).isEqualTo(97);
        assertThat(health.rateLimit().limit()).isEqualTo(100);
        var stored = jdbc.sql("select secret from social_connection where id = ?").param(connection.id()).query(String.class).single();
        assertThat(stored).doesNotContain(CREDENTIALS.password()).doesNotContain("app-secret");
    }

    @Test
    void aRefusedAccountIsNotKept() {
        var wrong = new RedditApi.Credentials("app-id", "app-secret", "acme_support", "wrong");

        assertThatThrownBy(() -> connector.connect(ws.id(), server.url(""), wrong)).isInstanceOf(SourceRefused.class).hasMessageContaining("refused");
        assertThat(connections.list(ws.id())).isEmpty();
    }

    @Test
    void answersWithApiCommentAndReadsTheThreadBackAfterALostAnswer() {
        var comments = new AtomicInteger();
        var posted = new CopyOnWriteArrayList<String>();
        server.on("/search", exchange -> FakeHttpServer.respond(exchange, 200, "application/json", listing()));
        server.on("/api/comment", exchange -> {
            posted.add(body(exchange));
            comments.incrementAndGet();
            exchange.sendResponseHeaders(200, 400);
            exchange.getResponseBody().write("{\"json\":".getBytes(StandardCharsets.UTF_8));
        });
        server.on("/user/acme_support/comments", exchange -> FakeHttpServer.respond(exchange, 200, "application/json", posted.isEmpty() ? "{}" :
                "{\"kind\":\"Listing\",\"data\":{\"children\":[{\"kind\":\"t1\",\"data\":{\"name\":\"t1_abc123\",\"parent_id\":\"t3_3gpbiu\","
                        + "\"body\":\"Glad it is solved!\",\"permalink\":\"/r/redditdev/comments/3gpbiu/x/abc123/\"}}]}}"));
        var connection = connector.connect(ws.id(), server.url(""), CREDENTIALS);
        poller.poll(connection);
        var caseId = caseOf("t3_3gpbiu");

        var queued = replies.answer(ws.id(), caseId, "reddit", "agent", "Glad it is solved!");
        await().atMost(Duration.ofSeconds(20)).until(() -> replies.ofCase(ws.id(), caseId).getFirst().attempts() == 1);
        var unknown = replies.ofCase(ws.id(), caseId).getFirst();
        delivery.deliver(queued.id());

        assertThat(unknown.state()).isEqualTo(DeliveryState.UNKNOWN);
        var sent = replies.ofCase(ws.id(), caseId).getFirst();
        assertThat(sent.state()).isEqualTo(DeliveryState.SENT);
        assertThat(sent.externalId()).isEqualTo("t1_abc123");
        assertThat(comments.get()).as("found on the thread, not posted twice").isEqualTo(1);
        assertThat(URLDecoder.decode(posted.getFirst(), StandardCharsets.UTF_8)).contains("thing_id=t3_3gpbiu", "text=Glad it is solved!");
    }

    @Test
    void readsConfiguredSubredditsNewSubmissionsAndCommentsWithBeforeCursors() {
        var asked = new CopyOnWriteArrayList<String>();
        server.on("/r/askreddit/", exchange -> {
            var path = exchange.getRequestURI().getPath();
            var query = URLDecoder.decode(exchange.getRequestURI().getRawQuery(), StandardCharsets.UTF_8);
            asked.add(path + "?" + query);
            var recorded = path.endsWith("/new") ? "TestSubredditListings.test_new_0.json" : "TestSubredditListings.test_comments_0.json";
            respondLimited(exchange, query.contains("before=") ? EMPTY : body(recorded).toString());
        });
        server.on("/search", exchange -> respondLimited(exchange, EMPTY));
        var connection = connector.connect(ws.id(), server.url(""), CREDENTIALS);
        connector.setSubreddits(connection, "r/AskReddit");

        var created = poller.poll(connection);
        var again = poller.poll(connection);

        assertThat(created).isEqualTo(200);
        assertThat(again).isZero();
        assertThat(asked).containsExactly("/r/askreddit/new?limit=100&raw_json=1", "/r/askreddit/comments?limit=100&raw_json=1",
                "/r/askreddit/new?limit=100&raw_json=1&before=t3_48fbm9", "/r/askreddit/comments?limit=100&raw_json=1&before=t1_d4y8bdp");
        var comment = post("t1_d4y8bdp");
        assertThat(comment.inReplyTo()).isEqualTo("t3_4r4inc");
        assertThat(comment.url()).isEqualTo("https://www.reddit.com/r/AskReddit/comments/4r4inc/_/d4y8bdp/");
    }

    @Test
    void readsBackTheThreadsOfSubmissionsSearchFoundAndHonoursADeletedReply() {
        var thread = body("TestSubmission.test_comments_0.json");
        var deleted = new java.util.concurrent.atomic.AtomicBoolean();
        server.on("/search", exchange -> respondLimited(exchange, thread.get(0).toString()));
        server.on("/comments/2gmzqe", exchange -> {
            var answer = thread.deepCopy();
            if (deleted.get()) {
                var reply = (ObjectNode) answer.get(1).get("data").get("children").get(0).get("data").get("replies").get("data").get("children")
                        .get(0).get("data");
                reply.put("body", "[deleted]").put("author", "[deleted]");
            }
            respondLimited(exchange, answer.toString());
        });
        var connection = connector.connect(ws.id(), server.url(""), CREDENTIALS);

        var created = poller.poll(connection);
        deleted.set(true);
        poller.poll(connection);

        assertThat(created).as("the submission, a comment and the reply to it").isEqualTo(3);
        assertThat(post("t1_cklfmye").inReplyTo()).isEqualTo("t3_2gmzqe");
        assertThat(post("t1_cklhv0f").inReplyTo()).isEqualTo("t1_cklfmye");
        assertThat(text("t1_cklhv0f")).as("deleted by its author since").isEmpty();
        assertThat(server.hits("/comments/2gmzqe")).isEqualTo(2);
    }

    @Test
    void keepsTheLastRequestsOfTheBudgetForAnswers() {
        server.on("/search", exchange -> {
            exchange.getResponseHeaders().set("X-Ratelimit-Used", "592");
            exchange.getResponseHeaders().set("X-Ratelimit-Remaining", "8.0");
            exchange.getResponseHeaders().set("X-Ratelimit-Reset", "300");
            FakeHttpServer.respond(exchange, 200, "application/json", EMPTY);
        });
        server.on("/r/acme/", exchange -> respondLimited(exchange, EMPTY));
        var connection = connector.connect(ws.id(), server.url(""), CREDENTIALS);
        connector.setSubreddits(connection, "acme");

        poller.poll(connection);
        poller.poll(connection);

        assertThat(server.hits("/r/acme/")).as("two listings in the first round, none once 8 requests are left").isEqualTo(2);
        assertThat(server.hits("/search")).isEqualTo(1);
    }

    @Test
    void refusesWhatIsNotASubredditName() {
        var connection = connector.connect(ws.id(), server.url(""), CREDENTIALS);

        assertThatThrownBy(() -> connector.setSubreddits(connection, "r/acme, ../admin")).isInstanceOf(SourceRefused.class)
                .hasMessage("'../admin' is not a subreddit name");
        assertThat(connector.setSubreddits(connection, "/r/Acme acmehelp")).containsExactly("acme", "acmehelp");
    }

    private CaseId caseOf(String externalId) {
        var api = new Api(port);
        var path = "/api/v1/workspaces/" + ws.slug() + "/cases";
        await().atMost(Duration.ofSeconds(20)).until(() -> api.get(path, ws.token()).json().get("items").valueStream()
                .anyMatch(c -> c.get("post").get("externalId").asString().equals(externalId)));
        var id = api.get(path, ws.token()).json().get("items").valueStream()
                .filter(c -> c.get("post").get("externalId").asString().equals(externalId)).findFirst().orElseThrow().get("id").asString();
        var caseId = new CaseId(UUID.fromString(id));
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("select count(*) from reply_target where case_id = ?")
                .param(caseId.value()).query(Long.class).single() == 1);
        return caseId;
    }

    private org.frontline.ingest.PostView post(String externalId) {
        var id = posts.findByExternalId(ws.id(), Channel.REDDIT, externalId).orElseThrow();
        return posts.find(ws.id(), id).orElseThrow();
    }

    private static tools.jackson.databind.JsonNode body(String recording) {
        return JSON.readTree(corpus(recording)).get("body");
    }

    private static void respondLimited(HttpExchange exchange, String body) throws IOException {
        exchange.getResponseHeaders().set("X-Ratelimit-Used", "10");
        exchange.getResponseHeaders().set("X-Ratelimit-Remaining", "590.0");
        exchange.getResponseHeaders().set("X-Ratelimit-Reset", "300");
        FakeHttpServer.respond(exchange, 200, "application/json", body);
    }

    private String text(String externalId) {
        var id = posts.findByExternalId(ws.id(), Channel.REDDIT, externalId).orElseThrow();
        return posts.find(ws.id(), id).orElseThrow().text();
    }

    /** The recorded search listing ("praw oauth search", 6 submissions). */
    private static String listing() {
        return JSON.readTree(corpus("TestSubreddit.test_search_0.json")).get("body").toString();
    }

    /** The same listing's first submission as Reddit shows it once moderators removed it. */
    private static String removedFirst(String listing) {
        var body = (ObjectNode) JSON.readTree(listing);
        var children = (ArrayNode) body.get("data").get("children");
        var first = (ObjectNode) children.get(0).get("data");
        first.put("selftext", "[removed]").put("removed_by_category", "moderator");
        var only = JSON.createArrayNode().add(children.get(0));
        ((ObjectNode) body.get("data")).set("children", only);
        return body.toString();
    }

    private static String body(HttpExchange exchange) throws IOException {
        return new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    }

    private static String corpus(String name) {
        try {
            return Files.readString(CORPUS.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
