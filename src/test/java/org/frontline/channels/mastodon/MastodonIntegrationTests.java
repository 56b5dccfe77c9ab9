package org.frontline.channels.mastodon;

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
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.frontline.cases.CaseId;
import org.frontline.channels.FakeHttpServer;
import org.frontline.channels.internal.SourceRefused;
import org.frontline.channels.social.RateLimit;
import org.frontline.channels.social.SocialConnection;
import org.frontline.channels.social.SocialConnections;
import org.frontline.ingest.Channel;
import org.frontline.ingest.Posts;
import org.frontline.replies.DeliveryState;
import org.frontline.replies.Replies;
import org.frontline.replies.ReplyView;
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
import tools.jackson.databind.node.ObjectNode;

/**
 * Mastodon against a local server speaking its REST and streaming wire format, answering with BigBone's
 * recorded entities (src/test/resources/corpus/mastodon-bigbone, MIT, see SOURCE.md there).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MastodonIntegrationTests {

    private static final Path CORPUS = Path.of("src/test/resources/corpus/mastodon-bigbone");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String TOKEN = "token-" + UUID.randomUUID();

    @Autowired ApplicationContext context;
    @Autowired MastodonConnector connector;
    @Autowired MastodonListener listener;
    @Autowired MastodonStreams streams;
    @Autowired MastodonSearch search;
    @Autowired SocialConnections connections;
    @Autowired Posts posts;
    @Autowired Replies replies;
    @Autowired ReplyDelivery delivery;
    @Autowired JdbcClient jdbc;
    @LocalServerPort int port;

    private final FakeHttpServer server = new FakeHttpServer();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private TestWorkspace ws;
    private String host;

    @BeforeEach
    void setUp() {
        ws = new TestWorkspaces(context).createWithQuery("support", "sup OR broken");
        host = "127.0.0.1";
        server.on("/api/v1/accounts/verify_credentials", exchange -> {
            if (!("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                json(exchange, 401, corpus("error_401_unauthorized.json"), Map.of());
                return;
            }
            json(exchange, 200, corpus("accounts_verify_credentials_success.json"), limits(299));
        });
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    @Test
    void aRefusedTokenIsNotKeptAndTheReasonComesFromTheInstance() {
        assertThatThrownBy(() -> connector.connect(ws.id(), server.url(""), "wrong"))
                .isInstanceOf(SourceRefused.class)
                .hasMessageContaining("access token was refused")
                .hasMessageContaining("The access token is invalid");
        assertThat(connections.list(ws.id())).isEmpty();
    }

    @Test
    void theTokenIsStoredSealedAndNeverPartOfTheConnection() {
        var connection = connector.connect(ws.id(), server.url(""), TOKEN);

        var stored = jdbc.sql("select secret from social_connection where id = ?").param(connection.id()).query(String.class).single();
        assertThat(stored).startsWith("v1:").doesNotContain(TOKEN);
        assertThat(connection.toString()).doesNotContain(TOKEN);
        assertThat(connection.label()).isEqualTo("@trwnh@127.0.0.1");
        assertThat(connection.health().rateLimit().remaining()).as("from verify_credentials' X-RateLimit-Remaining").isEqualTo(299);
    }

    @Test
    void fillsTheGapFromTheCursorThenStreamsMentionsEditsAndDeletions() {
        var minIds = new CopyOnWriteArrayList<String>();
        server.on("/api/v1/notifications", exchange -> {
            var query = query(exchange);
            minIds.add(query.getOrDefault("min_id", ""));
            json(exchange, 200, query.containsKey("min_id") ? "[]" : corpus("notifications.json"), limits(298));
        });
        server.on("/api/v1/streaming/user/notification", exchange -> sse(exchange, List.of(
                event("notification", mention("34975900", "2000", "<p>my acme router is <b>broken</b></p>")),
                event("status.update", status("2000", "<p>my acme router is broken, since Monday</p>")),
                event("delete", "103186126728896492"))));
        var connection = connector.connect(ws.id(), server.url(""), TOKEN);

        var first = listener.catchUp(connection);
        var again = listener.catchUp(connection);
        var streamed = streams.listen(connection, MastodonListener.MENTIONS);

        assertThat(first).as("the mention; the favourite is not a post").isEqualTo(1);
        assertThat(again).isZero();
        assertThat(minIds).containsExactly("", "34975861");
        assertThat(streamed).isEqualTo(1);
        assertThat(text(host + "/2000")).isEqualTo("my acme router is broken, since Monday");
        assertThat(text(host + "/103186126728896492")).as("deleted at the source").isEmpty();
        assertThat(connections.cursor(connection, MastodonListener.MENTIONS)).contains("34975900");
        var health = connections.find(ws.id(), connection.id()).orElseThrow().health();
        assertThat(health.items()).isEqualTo(2);
        assertThat(health.rateLimit().remaining()).isEqualTo(298);
        assertThat(health.rateLimit().limit()).isEqualTo(300);
    }

    @Test
    void answersOnTheThreadWithInReplyToIdAndWaitsForTheRateLimitToReset() {
        var attempts = new AtomicInteger();
        server.on("/api/v1/notifications", exchange -> json(exchange, 200, corpus("notifications.json"), limits(290)));
        server.on("/api/v1/statuses", exchange -> {
            requests.add(exchange.getRequestHeaders().getFirst("Idempotency-Key") + " " + body(exchange));
            if (attempts.incrementAndGet() == 1) {
                var headers = Map.of("X-RateLimit-Limit", "300", "X-RateLimit-Remaining", "0",
                        "X-RateLimit-Reset", Instant.now().plus(Duration.ofHours(1)).toString());
                json(exchange, 429, "{\"error\":\"Too many requests\"}", headers);
                return;
            }
            json(exchange, 200, corpus("status.json"), limits(299));
        });
        var connection = connector.connect(ws.id(), server.url(""), TOKEN);
        listener.catchUp(connection);
        var caseId = caseOf(host + "/103186126728896492");

        var queued = replies.answer(ws.id(), caseId, "mastodon", "agent", "Sorry about that, we are on it.");
        // Wait for the first attempt to finish (an attempt counts as soon as it starts), not merely to begin.
        await().atMost(Duration.ofSeconds(20)).until(() -> reply(caseId).attempts() == 1 && reply(caseId).lastError() != null);
        delivery.deliver(queued.id());

        assertThat(queued.state()).isEqualTo(DeliveryState.QUEUED);
        var limited = reply(caseId);
        assertThat(limited.state()).isEqualTo(DeliveryState.QUEUED);
        assertThat(limited.lastError()).contains("Rate limit reached");
        assertThat(attempts.get()).as("nothing is sent while the budget is spent").isEqualTo(1);

        connections.rateLimit(connection, new RateLimit(300, 300, Instant.now().minusSeconds(1)));
        delivery.deliver(queued.id());

        var sent = reply(caseId);
        assertThat(sent.state()).isEqualTo(DeliveryState.SENT);
        assertThat(sent.externalId()).isEqualTo(host + "/11111");
        assertThat(requests).hasSize(2).allSatisfy(request -> assertThat(request)
                .startsWith("frontline-" + queued.id() + " ")
                .contains("in_reply_to_id=103186126728896492")
                .contains("status=@zsc Sorry about that"));
    }

    @Test
    void aReplyWhoseAnswerWasLostIsResentWithTheSameIdempotencyKeyAndPostedOnce() {
        var created = new ConcurrentHashMap<String, String>();
        var calls = new AtomicInteger();
        server.on("/api/v1/notifications", exchange -> json(exchange, 200, corpus("notifications.json"), Map.of()));
        server.on("/api/v1/statuses", exchange -> {
            var key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
            // Like Mastodon: one status per key, the same answer for a repeat.
            created.putIfAbsent(key, "status-" + created.size());
            if (calls.incrementAndGet() == 1) {
                exchange.sendResponseHeaders(200, 10_000);
                exchange.getResponseBody().write("{\"id\":".getBytes(StandardCharsets.UTF_8));
                return; // the connection closes mid-answer: the client cannot know whether it was posted
            }
            json(exchange, 200, corpus("status.json"), Map.of());
        });
        var connection = connector.connect(ws.id(), server.url(""), TOKEN);
        listener.catchUp(connection);
        var caseId = caseOf(host + "/103186126728896492");

        var queued = replies.answer(ws.id(), caseId, "mastodon", "agent", "On it.");
        await().atMost(Duration.ofSeconds(20)).until(() -> reply(caseId).attempts() == 1);
        var unknown = reply(caseId);
        delivery.deliver(queued.id());

        assertThat(unknown.state()).isEqualTo(DeliveryState.UNKNOWN);
        assertThat(reply(caseId).state()).isEqualTo(DeliveryState.SENT);
        assertThat(calls.get()).isEqualTo(2);
        assertThat(created).as("one status on the network").hasSize(1);
    }

    @Test
    void opensTheStreamOnTheStreamingHostTheInstanceAnnounces() {
        try (var streaming = new FakeHttpServer()) {
            streaming.on("/api/v1/streaming/user/notification", exchange -> sse(exchange, List.of(
                    event("notification", mention("34975900", "2000", "<p>my router is broken</p>")))));
            var v2 = (ObjectNode) JSON.readTree(corpus("mastodon_client_v2_instance_response.json"));
            ((ObjectNode) v2.get("configuration").get("urls")).put("streaming", streaming.url("").replace("http://", "ws://"));
            server.on("/api/v2/instance", exchange -> json(exchange, 200, v2.toString(), limits(297)));
            server.on("/api/v1/streaming/user/notification", exchange -> json(exchange, 404, corpus("error_404.json"), Map.of()));
            var connection = connector.connect(ws.id(), server.url(""), TOKEN);

            var streamed = streams.listen(connection, MastodonListener.MENTIONS);

            assertThat(streamed).isEqualTo(1);
            assertThat(streaming.hits("/api/v1/streaming/user/notification")).isEqualTo(1);
            assertThat(server.hits("/api/v1/streaming/user/notification")).isZero();
        }
    }

    @Test
    void anInstanceBeforeVersionFourAnnouncesItsStreamingHostInTheV1Description() {
        try (var streaming = new FakeHttpServer()) {
            streaming.on("/api/v1/streaming/hashtag", exchange -> sse(exchange, List.of(event("update", status("3000", "<p>#acme broken</p>")))));
            var v1 = (ObjectNode) JSON.readTree(corpus("mastodon_client_v1_instance_response.json"));
            ((ObjectNode) v1.get("urls")).put("streaming_api", streaming.url("").replace("http://", "ws://"));
            server.on("/api/v2/instance", exchange -> json(exchange, 404, corpus("error_404.json"), Map.of()));
            server.on("/api/v1/instance", exchange -> json(exchange, 200, v1.toString(), Map.of()));
            var connection = connector.connect(ws.id(), server.url(""), TOKEN);

            var streamed = streams.listen(connection, "tag:acme");

            assertThat(streamed).isEqualTo(1);
            assertThat(connections.cursor(connection, "tag:acme")).contains("3000");
        }
    }

    @Test
    void searchesTrackedTermsFromTheirCursorsAndKeepsAStatusAlsoHeardOnAStreamOnce() {
        var asked = new CopyOnWriteArrayList<Map<String, String>>();
        server.on("/api/v2/search", exchange -> {
            var query = query(exchange);
            asked.add(query);
            json(exchange, 200, query.containsKey("min_id") ? "{\"accounts\":[],\"statuses\":[],\"hashtags\":[]}" : corpus("search.json"), limits(280));
        });
        var connection = connector.connect(ws.id(), server.url(""), TOKEN);
        var searchResult = (ObjectNode) JSON.readTree(corpus("search.json")).get("statuses").get(0);
        var streamed = listener.onEvent(connection, "tag:cats", "update", searchResult.toString());

        var first = search.poll(connection);
        var again = search.poll(connection);

        assertThat(streamed).isEqualTo(1);
        assertThat(first).as("the status already streamed is not stored twice").isEqualTo(1);
        assertThat(again).isZero();
        assertThat(asked).extracting(q -> q.get("q")).containsExactly("sup", "broken", "sup", "broken");
        assertThat(asked.getFirst()).containsEntry("type", "statuses").doesNotContainKey("min_id");
        assertThat(asked.get(2)).containsEntry("min_id", "103085519055545958");
        assertThat(connections.cursor(connection, "search:broken")).contains("103085519055545958");
        assertThat(text(host + "/101068121469614510")).as("content warning first").isEqualTo("Cats\n\nCats are inherently good at self-care.\n#cats");
    }

    @Test
    void aFullSearchPageIsFollowedDownwardsSoNothingBetweenTwoPollsIsSkipped() {
        server.on("/api/v2/search", exchange -> {
            var query = query(exchange);
            var statuses = JSON.createArrayNode();
            if (query.get("q").equals("broken") && query.containsKey("min_id")) {
                var top = query.containsKey("max_id") ? Long.parseLong(query.get("max_id")) - 1 : 5039;
                var bottom = query.containsKey("max_id") ? 4990 : 5000;
                for (var id = top; id >= bottom; id--) {
                    statuses.add(JSON.readTree(status(String.valueOf(id), "<p>broken " + id + "</p>")));
                }
            }
            json(exchange, 200, "{\"accounts\":[],\"statuses\":" + statuses + ",\"hashtags\":[]}", limits(250));
        });
        var connection = connector.connect(ws.id(), server.url(""), TOKEN);
        connections.saveCursor(connection, "search:broken", "4989");

        var created = search.poll(connection);

        assertThat(created).isEqualTo(50);
        assertThat(connections.cursor(connection, "search:broken")).contains("5039");
    }

    @Test
    void searchGivesWayWhenTheBudgetRunsLowAndReportsARateLimitAnswer() {
        var calls = new AtomicInteger();
        server.on("/api/v2/search", exchange -> {
            calls.incrementAndGet();
            json(exchange, 429, "{\"error\":\"Too many requests\"}", Map.of("X-RateLimit-Limit", "300", "X-RateLimit-Remaining", "0",
                    "X-RateLimit-Reset", Instant.now().plus(Duration.ofMinutes(3)).toString()));
        });
        var connection = connector.connect(ws.id(), server.url(""), TOKEN);
        connections.rateLimit(connection, new RateLimit(300, 40, Instant.now().plus(Duration.ofMinutes(2))));

        var whileLow = search.poll(connection);
        connections.rateLimit(connection, new RateLimit(300, 200, Instant.now().plus(Duration.ofMinutes(2))));

        assertThat(whileLow).isZero();
        assertThat(calls.get()).as("under a fifth of the budget left: no search").isZero();
        assertThatThrownBy(() -> search.poll(connection)).isInstanceOf(org.frontline.channels.social.NetworkFailure.class)
                .hasMessageContaining("Rate limit reached");
        assertThat(calls.get()).isEqualTo(1);
        assertThat(connections.find(ws.id(), connection.id()).orElseThrow().health().rateLimit().remaining()).isZero();
    }

    private CaseId caseOf(String externalId) {
        var api = new Api(port);
        await().atMost(Duration.ofSeconds(20)).until(() -> api.get("/api/v1/workspaces/" + ws.slug() + "/cases", ws.token()).json()
                .get("items").valueStream().anyMatch(c -> c.get("post").get("externalId").asString().equals(externalId)));
        var id = api.get("/api/v1/workspaces/" + ws.slug() + "/cases", ws.token()).json().get("items").valueStream()
                .filter(c -> c.get("post").get("externalId").asString().equals(externalId)).findFirst().orElseThrow().get("id").asString();
        var caseId = new CaseId(UUID.fromString(id));
        // The reply target is recorded from CaseOpened, asynchronously.
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("select count(*) from reply_target where case_id = ?")
                .param(caseId.value()).query(Long.class).single() == 1);
        return caseId;
    }

    private ReplyView reply(CaseId caseId) {
        return replies.ofCase(ws.id(), caseId).getFirst();
    }

    private String text(String externalId) {
        var id = posts.findByExternalId(ws.id(), Channel.MASTODON, externalId).orElseThrow();
        return posts.find(ws.id(), id).orElseThrow().text();
    }

    private static String mention(String notificationId, String statusId, String content) {
        var notification = (ObjectNode) JSON.readTree(corpus("notifications.json")).get(0);
        notification.put("id", notificationId);
        notification.set("status", JSON.readTree(status(statusId, content)));
        return notification.toString();
    }

    private static String status(String id, String content) {
        var status = (ObjectNode) JSON.readTree(corpus("status.json"));
        status.put("id", id);
        status.put("content", content);
        return status.toString();
    }

    private static String event(String name, String data) {
        return "event: " + name + "\ndata: " + data + "\n\n";
    }

    private static void sse(HttpExchange exchange, List<String> events) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        var out = exchange.getResponseBody();
        out.write(":thump\n\n".getBytes(StandardCharsets.UTF_8));
        for (var event : events) {
            out.write(event.getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
    }

    private static Map<String, String> limits(int remaining) {
        return Map.of("X-RateLimit-Limit", "300", "X-RateLimit-Remaining", String.valueOf(remaining),
                "X-RateLimit-Reset", Instant.now().plus(Duration.ofMinutes(5)).toString());
    }

    private static void json(HttpExchange exchange, int status, String body, Map<String, String> headers) throws IOException {
        headers.forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        FakeHttpServer.respond(exchange, status, "application/json; charset=utf-8", body);
    }

    private static Map<String, String> query(HttpExchange exchange) {
        var raw = exchange.getRequestURI().getRawQuery();
        var result = new java.util.HashMap<String, String>();
        if (raw != null) {
            for (var pair : raw.split("&")) {
                var parts = pair.split("=", 2);
                result.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8), parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
            }
        }
        return result;
    }

    private static String body(HttpExchange exchange) throws IOException {
        return URLDecoder.decode(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }

    private static String corpus(String name) {
        try {
            return Files.readString(CORPUS.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
