package org.frontline.channels.x;

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
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.frontline.cases.CaseId;
import org.frontline.channels.FakeHttpServer;
import org.frontline.channels.internal.SourceRefused;
import org.frontline.channels.social.NetworkFailure;
import org.frontline.channels.social.SocialConnections;
import org.frontline.ingest.Channel;
import org.frontline.ingest.Posts;
import org.frontline.matching.TrackingQueries;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * X against a local server answering with the X API v2 responses Tweepy recorded
 * (src/test/resources/corpus/x-api-v2-tweepy, MIT, see SOURCE.md): the mentions of @Twitter and a user timeline. The
 * corpus holds no rules, stream, posting, rate-limit or error answers; those are written in X's documented shapes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class XIntegrationTests {

    private static final Path CORPUS = Path.of("src/test/resources/corpus/x-api-v2-tweepy");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ACCOUNT = "783214";
    private static final String BEARER = "app-" + UUID.randomUUID();
    private static final String USER = "user-" + UUID.randomUUID();

    @Autowired ApplicationContext context;
    @Autowired XConnector connector;
    @Autowired XMentions mentions;
    @Autowired XStream stream;
    @Autowired XRules rules;
    @Autowired SocialConnections connections;
    @Autowired TrackingQueries queries;
    @Autowired Posts posts;
    @Autowired Replies replies;
    @Autowired ReplyDelivery delivery;
    @Autowired JdbcClient jdbc;
    @LocalServerPort int port;

    private final FakeHttpServer server = new FakeHttpServer();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final ArrayNode streamRules = JSON.createArrayNode();
    private TestWorkspace ws;

    @BeforeEach
    void setUp() {
        ws = new TestWorkspaces(context).createWithQuery("twitter", "twitter");
        server.on("/2/users/me", exchange -> respond(exchange, bearer(exchange).equals(USER) ? 200 : 401, bearer(exchange).equals(USER)
                ? "{\"data\":{\"id\":\"" + ACCOUNT + "\",\"name\":\"Twitter\",\"username\":\"Twitter\"}}"
                : "{\"title\":\"Unauthorized\",\"type\":\"about:blank\",\"status\":401,\"detail\":\"Unauthorized\"}"));
        server.on("/2/tweets/search/stream/rules", this::rulesEndpoint);
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    @Test
    void pollsMentionsFromADurableSinceIdAndKeepsTheTokensSealed() {
        var requests = new CopyOnWriteArrayList<String>();
        server.on("/2/users/" + ACCOUNT + "/mentions", exchange -> {
            var query = URLDecoder.decode(exchange.getRequestURI().getRawQuery(), StandardCharsets.UTF_8);
            requests.add(query);
            assertThat(bearer(exchange)).isEqualTo(USER);
            exchange.getResponseHeaders().set("x-rate-limit-limit", "180");
            exchange.getResponseHeaders().set("x-rate-limit-remaining", String.valueOf(180 - requests.size()));
            exchange.getResponseHeaders().set("x-rate-limit-reset", String.valueOf(Instant.now().plusSeconds(900).getEpochSecond()));
            respond(exchange, 200, query.contains("since_id=") ? "{\"meta\":{\"result_count\":0}}" : corpus("get_users_mentions.json"));
        });
        var connection = connector.connect(ws.id(), server.url(""), BEARER, USER, "pro");

        var created = mentions.poll(connection);
        var again = mentions.poll(connections.find(ws.id(), connection.id()).orElseThrow());

        assertThat(created).isEqualTo(10);
        assertThat(again).isZero();
        assertThat(requests.get(0)).contains("expansions=author_id").doesNotContain("since_id");
        assertThat(requests.get(1)).contains("since_id=1578516295611748353");
        assertThat(connections.cursor(connection, XMentions.STREAM)).contains("1578516295611748353");
        assertThat(text("1578516242867945475")).isEqualTo("@MercyKnifed @Twitter what the fuck???");
        var health = connections.find(ws.id(), connection.id()).orElseThrow().health();
        assertThat(health.rateLimit().limit()).isEqualTo(180);
        assertThat(health.rateLimit().remaining()).isEqualTo(178);
        var stored = jdbc.sql("select secret from social_connection where id = ?").param(connection.id()).query(String.class).single();
        assertThat(stored).doesNotContain(USER).doesNotContain(BEARER);
    }

    @Test
    void aRateLimitedAnswerWaitsForTheResetXAnnounced() {
        var reset = Instant.now().plusSeconds(600).getEpochSecond();
        var calls = new AtomicInteger();
        server.on("/2/users/" + ACCOUNT + "/mentions", exchange -> {
            calls.incrementAndGet();
            exchange.getResponseHeaders().set("x-rate-limit-limit", "180");
            exchange.getResponseHeaders().set("x-rate-limit-remaining", "0");
            exchange.getResponseHeaders().set("x-rate-limit-reset", String.valueOf(reset));
            respond(exchange, 429, "{\"title\":\"Too Many Requests\",\"detail\":\"Too Many Requests\",\"type\":\"about:blank\",\"status\":429}");
        });
        var connection = connector.connect(ws.id(), server.url(""), BEARER, USER, "pro");

        assertThatThrownBy(() -> mentions.poll(connection)).isInstanceOfSatisfying(NetworkFailure.class, e -> {
            assertThat(e.status()).isEqualTo(429);
            assertThat(e.retryAt()).isEqualTo(Instant.ofEpochSecond(reset));
        });
        assertThatThrownBy(() -> mentions.poll(connection)).isInstanceOf(NetworkFailure.class).hasMessageContaining("resets at");

        assertThat(calls.get()).as("no request before the reset").isEqualTo(1);
        var health = connections.find(ws.id(), connection.id()).orElseThrow().health();
        assertThat(health.lastError()).containsIgnoringCase("rate limit");
        assertThat(stream.backoff(1, new NetworkFailure("x", 429, Instant.ofEpochSecond(reset)))).isGreaterThan(Duration.ofMinutes(9));
    }

    @Test
    void aRefusedTokenIsNotKept() {
        assertThatThrownBy(() -> connector.connect(ws.id(), server.url(""), BEARER, "wrong", "pro"))
                .isInstanceOf(SourceRefused.class).hasMessageContaining("refused the token");
        assertThat(connections.list(ws.id())).isEmpty();
    }

    @Test
    void synchronisesRulesFromTheTrackingQueriesAndLeavesOthersRulesAlone() {
        streamRules.addObject().put("id", "1").put("value", "cats has:images").put("tag", "someone else");
        streamRules.addObject().put("id", "2").put("value", "old rule").put("tag", "frontline:" + UUID.randomUUID());
        queries.create(ws.id(), "Near", "acme NEAR/3 refund* NOT author:acme_support");
        queries.create(ws.id(), "French only", "lang:fr");
        var connection = connector.connect(ws.id(), server.url(""), BEARER, USER, "pro");

        var plan = rules.sync(connection);
        var again = rules.sync(connection);

        assertThat(streamRules.valueStream().map(r -> r.get("value").asString()).toList())
                .containsExactlyInAnyOrder("cats has:images", "twitter", "acme -from:acme_support");
        assertThat(plan.summary()).contains("broader rule plus checking in Frontline: Near").contains("not on the stream: French only");
        assertThat(again.rules()).isEqualTo(plan.rules());
        assertThat(requests).filteredOn(r -> r.contains("dry_run=true")).hasSize(1);
    }

    @Test
    void aRuleXRefusesKeepsTheOthersOnTheStreamAndIsReported() {
        queries.create(ws.id(), "Bad", "verybadrule");
        var connection = connector.connect(ws.id(), server.url(""), BEARER, USER, "enterprise");

        var plan = rules.sync(connection);

        assertThat(streamRules.valueStream().map(r -> r.get("value").asString()).toList()).containsExactly("twitter");
        assertThat(plan.outcomes()).filteredOn(o -> o.queryName().equals("Bad")).singleElement().satisfies(o -> {
            assertThat(o.coverage()).isEqualTo(XRulePlan.Coverage.NOT_STREAMED);
            assertThat(o.reasons()).containsExactly("X refused the rule: Invalid Rule");
        });
    }

    @Test
    void readsTheStreamThroughKeepAlivesAndHonoursDeletions() {
        var tweets = JSON.readTree(corpus("get_tweets.json")).get("data");
        server.on("/2/tweets/search/stream", exchange -> {
            assertThat(bearer(exchange)).isEqualTo(BEARER);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, 0);
            var out = exchange.getResponseBody();
            for (var tweet : tweets) {
                var line = JSON.createObjectNode().set("data", tweet);
                ((ObjectNode) line).putArray("matching_rules").addObject().put("id", "9").put("tag", "frontline:q");
                out.write(("\r\n" + line + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            out.write(("{\"delete\":{\"status\":{\"id\":\"" + tweets.get(0).get("id").asString() + "\"}}}\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        });
        var connection = connector.connect(ws.id(), server.url(""), BEARER, USER, "pro");

        var created = stream.listen(connection);

        assertThat(created).isEqualTo(2);
        assertThat(text(tweets.get(0).get("id").asString())).as("deleted on X").isEmpty();
        assertThat(text(tweets.get(1).get("id").asString())).isEqualTo(tweets.get(1).get("text").asString());
    }

    @Test
    void answersOnTheThreadAndReadsItBackAfterALostAnswer() {
        var posted = new CopyOnWriteArrayList<String>();
        var repliedTo = new java.util.concurrent.atomic.AtomicReference<String>("");
        server.on("/2/users/" + ACCOUNT + "/mentions", exchange -> respond(exchange, 200, corpus("get_users_mentions.json")));
        server.on("/2/tweets", exchange -> {
            posted.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            repliedTo.set(JSON.readTree(posted.getLast()).get("reply").get("in_reply_to_tweet_id").asString());
            assertThat(bearer(exchange)).isEqualTo(USER);
            exchange.sendResponseHeaders(201, 400);
            exchange.getResponseBody().write("{\"data\":".getBytes(StandardCharsets.UTF_8));
        });
        server.on("/2/users/" + ACCOUNT + "/tweets", exchange -> respond(exchange, 200, posted.isEmpty() ? corpus("get_users_tweets.json")
                : "{\"data\":[{\"id\":\"1578600000000000001\",\"text\":\"Sorry about that, we are on it.\",\"edit_history_tweet_ids\":[\"1578600000000000001\"],"
                        + "\"referenced_tweets\":[{\"type\":\"replied_to\",\"id\":\"" + repliedTo.get() + "\"}]}],\"meta\":{\"result_count\":1}}"));
        var connection = connector.connect(ws.id(), server.url(""), BEARER, USER, "basic");
        mentions.poll(connection);
        // The recorded mentions carry no author (Tweepy asked for no expansions), so they may share one case.
        var caseId = caseOf(anyCasePost());

        var queued = replies.answer(ws.id(), caseId, "x", "agent", "Sorry about that, we are on it.");
        await().atMost(Duration.ofSeconds(20)).until(() -> replies.ofCase(ws.id(), caseId).getFirst().attempts() == 1);
        var unknown = replies.ofCase(ws.id(), caseId).getFirst();
        delivery.deliver(queued.id());

        assertThat(unknown.state()).isEqualTo(DeliveryState.UNKNOWN);
        var sent = replies.ofCase(ws.id(), caseId).getFirst();
        assertThat(sent.state()).isEqualTo(DeliveryState.SENT);
        assertThat(sent.externalId()).isEqualTo("1578600000000000001");
        assertThat(posted).as("found on the timeline, not posted twice").hasSize(1);
        var body = JSON.readTree(posted.getFirst());
        var answered = body.get("reply").get("in_reply_to_tweet_id").asString();
        assertThat(posts.findByExternalId(ws.id(), Channel.X, answered)).as("a mention of this case's thread").isPresent();
        assertThat(body.get("text").asString()).isEqualTo("Sorry about that, we are on it.");
    }

    private void rulesEndpoint(HttpExchange exchange) throws IOException {
        assertThat(bearer(exchange)).isEqualTo(BEARER);
        var query = exchange.getRequestURI().getRawQuery();
        requests.add(exchange.getRequestMethod() + " " + (query == null ? "" : query));
        if (exchange.getRequestMethod().equals("GET")) {
            respond(exchange, 200, JSON.createObjectNode().<ObjectNode>set("data", streamRules).toString());
            return;
        }
        var body = JSON.readTree(exchange.getRequestBody().readAllBytes());
        var dryRun = query != null && query.contains("dry_run=true");
        if (body.has("delete")) {
            var ids = body.get("delete").get("ids").valueStream().map(JsonNode::asString).toList();
            streamRules.removeIf(rule -> ids.contains(rule.get("id").asString()));
        }
        var errors = JSON.createArrayNode();
        for (var rule : body.path("add")) {
            if (rule.get("value").asString().contains("verybadrule")) {
                // X's answer to a rule it cannot accept, as documented for POST /2/tweets/search/stream/rules.
                errors.addObject().put("value", rule.get("value").asString()).put("title", "Invalid Rule")
                        .put("type", "https://api.twitter.com/2/problems/invalid-rules").putArray("details").add("Rule is not valid");
                continue;
            }
            if (!dryRun) {
                streamRules.addObject().put("id", String.valueOf(100 + streamRules.size())).put("value", rule.get("value").asString())
                        .put("tag", rule.get("tag").asString());
            }
        }
        var answer = JSON.createObjectNode();
        answer.putObject("meta").put("sent", "2026-11-23T15:00:00.000Z").putObject("summary").put("invalid", errors.size());
        if (!errors.isEmpty()) {
            answer.set("errors", errors);
        }
        respond(exchange, 200, answer.toString());
    }

    private String anyCasePost() {
        var api = new Api(port);
        var path = "/api/v1/workspaces/" + ws.slug() + "/cases";
        await().atMost(Duration.ofSeconds(20)).until(() -> !api.get(path, ws.token()).json().get("items").isEmpty());
        return api.get(path, ws.token()).json().get("items").get(0).get("post").get("externalId").asString();
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

    private String text(String externalId) {
        var id = posts.findByExternalId(ws.id(), Channel.X, externalId).orElseThrow();
        return posts.find(ws.id(), id).orElseThrow().text();
    }

    private static String bearer(HttpExchange exchange) {
        var header = exchange.getRequestHeaders().getFirst("Authorization");
        return header == null ? "" : header.replace("Bearer ", "");
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        FakeHttpServer.respond(exchange, status, "application/json", body);
    }

    /** The recorded answer's body, as X sent it. */
    private static String corpus(String name) {
        try {
            return JSON.readTree(Files.readString(CORPUS.resolve(name))).get("body").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
