package org.frontline.channels.bluesky;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.frontline.cases.CaseId;
import org.frontline.channels.FakeHttpServer;
import org.frontline.channels.social.Network;
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
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;
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
import tools.jackson.databind.node.ObjectNode;

/**
 * Bluesky against a local Jetstream (a real WebSocket server replaying the captured events of
 * src/test/resources/corpus/bluesky-jetstream from the requested cursor, as Jetstream does) and a local PDS
 * speaking the com.atproto XRPC wire format.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BlueskyIntegrationTests {

    private static final Path CORPUS = Path.of("src/test/resources/corpus/bluesky-jetstream/expected_v1.jsonl");
    private static final String ELECTION_REPLY = "at://did:plc:u4lmvw4wwzaql3z5kcf3r7h4/app.bsky.feed.post/3mptbyoumc22i";

    @Autowired ApplicationContext context;
    @Autowired JetstreamStreams streams;
    @Autowired SocialConnections connections;
    @Autowired BlueskyConnector connector;
    @Autowired Posts posts;
    @Autowired Replies replies;
    @Autowired ReplyDelivery delivery;
    @Autowired JdbcClient jdbc;
    @LocalServerPort int port;

    private static final String RUSHMORE = "at://did:plc:zcxfgub447re7p3vuvlw37wy/app.bsky.feed.post/3mptbypjm6224";
    private static final FakeHttpServer APP_VIEW = new FakeHttpServer();
    private static final List<List<String>> PROFILE_REQUESTS = new CopyOnWriteArrayList<>();
    private static volatile boolean appViewDown;

    static {
        // app.bsky.actor.getProfiles in its documented shape; the rushmore author's handle does not verify.
        APP_VIEW.on("/xrpc/app.bsky.actor.getProfiles", exchange -> {
            var actors = java.util.Arrays.stream(exchange.getRequestURI().getRawQuery().split("&"))
                    .map(p -> java.net.URLDecoder.decode(p.substring("actors=".length()), StandardCharsets.UTF_8)).toList();
            PROFILE_REQUESTS.add(actors);
            if (appViewDown) {
                FakeHttpServer.respond(exchange, 502, "application/json", "{\"error\":\"UpstreamFailure\"}");
                return;
            }
            var profiles = JetstreamEvent.JSON.createArrayNode();
            for (var did : actors) {
                var name = did.substring("did:plc:".length(), "did:plc:".length() + 6);
                profiles.addObject().put("did", did).put("handle", did.contains("zcxfgub4") ? "handle.invalid" : name + ".bsky.social")
                        .put("displayName", "Person " + name).put("followersCount", 42).put("createdAt", "2024-01-01T00:00:00.000Z");
            }
            FakeHttpServer.respond(exchange, 200, "application/json", "{\"profiles\":" + profiles + "}");
        });
    }

    @org.springframework.test.context.DynamicPropertySource
    static void appView(org.springframework.test.context.DynamicPropertyRegistry registry) {
        registry.add("frontline.channels.social.bluesky-app-view", () -> APP_VIEW.url(""));
    }

    @Autowired BlueskyProfiles profiles;
    private final List<String> subscriptions = new CopyOnWriteArrayList<>();
    private final List<String> extraLines = new CopyOnWriteArrayList<>();
    private FakeJetstream jetstream;
    private TestWorkspace ws;

    @BeforeEach
    void setUp() throws Exception {
        ws = new TestWorkspaces(context).createWithQuery("talk", "election OR rushmore OR #HowToTellAiToShutUp");
        jetstream = new FakeJetstream();
        jetstream.start();
        if (!jetstream.started.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("The fake Jetstream did not start");
        }
    }

    @AfterEach
    void tearDown() throws InterruptedException {
        jetstream.stop(1000);
    }

    @Test
    void keepsThePostsThatConcernTheWorkspaceAndResumesFromTheCursorWithoutDuplicates() {
        var connection = connections.create(ws.id(), Network.BLUESKY, "@acme.test", "http://127.0.0.1:1", "did:plc:acme", "app-password");
        var last = lines().stream().mapToLong(JetstreamEvent::timeOf).max().orElseThrow();

        var first = streams.listen(connection, jetstream.uri());
        var again = streams.listen(connection, jetstream.uri());

        assertThat(first).as("2 terms and a hashtag among 18 posts of the whole network").isEqualTo(4);
        assertThat(again).isZero();
        assertThat(posts.count(ws.id())).isEqualTo(4);
        assertThat(connections.cursor(connection, JetstreamListener.STREAM)).contains(Long.toString(last));
        assertThat(subscriptions.get(0)).isEqualTo("/subscribe?wantedCollections=app.bsky.feed.post");
        assertThat(subscriptions.get(1)).as("rewound five seconds").endsWith("&cursor=" + (last - 5_000_000));
    }

    @Test
    void editsReplaceTheTextAndDeletionsRemoveIt() {
        var connection = connections.create(ws.id(), Network.BLUESKY, "@acme.test", "http://127.0.0.1:1", "did:plc:acme", "app-password");
        streams.listen(connection, jetstream.uri());
        var rushmore = "at://did:plc:zcxfgub447re7p3vuvlw37wy/app.bsky.feed.post/3mptbypjm6224";
        extraLines.add(edited(ELECTION_REPLY, "even know the country's election results? Edited."));
        extraLines.add(deleted(rushmore));

        streams.listen(connection, jetstream.uri());

        assertThat(text(ELECTION_REPLY)).isEqualTo("even know the country's election results? Edited.");
        assertThat(text(rushmore)).isEmpty();
        assertThat(posts.count(ws.id())).isEqualTo(4);
    }

    @Test
    void answersWithRootAndParentAndReadsBackARecordWhoseAnswerWasLost() {
        var records = new ConcurrentHashMap<String, JsonNode>();
        var creates = new AtomicInteger();
        try (var pds = new FakeHttpServer()) {
            pds.on("/xrpc/com.atproto.server.createSession", exchange -> {
                var login = JetstreamEvent.JSON.readTree(exchange.getRequestBody());
                var ok = login.path("password").asString("").equals("app-password");
                FakeHttpServer.respond(exchange, ok ? 200 : 401, "application/json", ok
                        ? "{\"did\":\"did:plc:acme\",\"handle\":\"acme.test\",\"accessJwt\":\"jwt-1\",\"refreshJwt\":\"r-1\",\"active\":true}"
                        : "{\"error\":\"AuthenticationRequired\",\"message\":\"Invalid identifier or password\"}");
            });
            pds.on("/xrpc/com.atproto.repo.createRecord", exchange -> {
                var body = JetstreamEvent.JSON.readTree(exchange.getRequestBody());
                records.put(body.path("rkey").asString(), body);
                creates.incrementAndGet();
                exchange.getResponseHeaders().set("ratelimit-limit", "5000");
                exchange.getResponseHeaders().set("ratelimit-remaining", "4999");
                exchange.sendResponseHeaders(200, 500);
                exchange.getResponseBody().write("{\"uri\":".getBytes(StandardCharsets.UTF_8));
                // the connection drops before the answer is complete: Frontline cannot know it was written
            });
            pds.on("/xrpc/com.atproto.repo.getRecord", exchange -> {
                var rkey = exchange.getRequestURI().getQuery().replaceAll(".*rkey=", "");
                var found = records.get(rkey);
                FakeHttpServer.respond(exchange, found == null ? 400 : 200, "application/json", found == null
                        ? "{\"error\":\"RecordNotFound\",\"message\":\"Could not locate record\"}"
                        : "{\"uri\":\"at://did:plc:acme/app.bsky.feed.post/" + rkey + "\",\"cid\":\"bafyfake\",\"value\":" + found.get("record") + "}");
            });
            var connection = connector.connect(ws.id(), pds.url(""), "@acme.test", "app-password");
            streams.listen(connection, jetstream.uri());
            var caseId = caseOf(ELECTION_REPLY);

            var queued = replies.answer(ws.id(), caseId, "bluesky", "agent", "Thanks for flagging this.");
            await().atMost(Duration.ofSeconds(20)).until(() -> replies.ofCase(ws.id(), caseId).getFirst().attempts() == 1);
            var unknown = replies.ofCase(ws.id(), caseId).getFirst();
            delivery.deliver(queued.id());

            assertThat(unknown.state()).isEqualTo(DeliveryState.UNKNOWN);
            var sent = replies.ofCase(ws.id(), caseId).getFirst();
            assertThat(sent.state()).isEqualTo(DeliveryState.SENT);
            assertThat(creates.get()).as("read back, not written twice").isEqualTo(1);
            var record = records.values().iterator().next();
            assertThat(record.path("repo").asString()).isEqualTo("did:plc:acme");
            assertThat(record.path("rkey").asString()).isEqualTo(Tid.of(sent.createdAt(), queued.id()));
            var reply = record.path("record").path("reply");
            var original = event(ELECTION_REPLY);
            assertThat(reply.path("parent").path("uri").asString()).isEqualTo(ELECTION_REPLY);
            assertThat(reply.path("parent").path("cid").asString()).isEqualTo(original.cid());
            assertThat(reply.path("root").path("uri").asString()).isEqualTo(original.rootUri()).isNotEqualTo(ELECTION_REPLY);
            assertThat(reply.path("root").path("cid").asString()).isEqualTo(original.rootCid());
            assertThat(sent.externalId()).startsWith("at://did:plc:acme/app.bsky.feed.post/");
            var stored = jdbc.sql("select secret from social_connection where id = ?").param(connection.id()).query(String.class).single();
            assertThat(stored).doesNotContain("app-password");
        }
    }

    @Test
    void showsAuthorsByHandleAndKeepsTheDidAsIdentity() {
        appViewDown = false;
        var connection = connections.create(ws.id(), Network.BLUESKY, "@acme.test", "http://127.0.0.1:1", "did:plc:acme", "app-password");

        streams.listen(connection, jetstream.uri());

        var election = post(ELECTION_REPLY);
        assertThat(election.author().handle()).isEqualTo("@u4lmvw.bsky.social");
        assertThat(election.author().displayName()).isEqualTo("Person u4lmvw");
        assertThat(election.author().followers()).isEqualTo(42L);
        assertThat(election.author().profileUrl()).isEqualTo("https://bsky.app/profile/did:plc:u4lmvw4wwzaql3z5kcf3r7h4");
        assertThat(election.externalId()).isEqualTo(ELECTION_REPLY);
        assertThat(post(RUSHMORE).author().handle()).as("handle.invalid: shown by DID").isEqualTo("did:plc:zcxfgub447re7p3vuvlw37wy");
    }

    @Test
    void resolvesInBatchesOf25AndRemembersWhatItLearned() {
        appViewDown = false;
        var dids = java.util.stream.IntStream.range(0, 30).mapToObj(i -> "did:plc:batch" + i + "x" + UUID.randomUUID().toString().substring(0, 8))
                .toList();
        var before = PROFILE_REQUESTS.size();

        var first = profiles.resolve(dids);
        var again = profiles.resolve(dids);

        assertThat(first).hasSize(30);
        assertThat(again).isEqualTo(first);
        assertThat(PROFILE_REQUESTS.subList(before, PROFILE_REQUESTS.size())).extracting(List::size).containsExactly(25, 5);
    }

    @Test
    void aDidIsShownAsItIsWhileTheAppViewFailsAndAskedAgainLater() {
        var did = "did:plc:down" + UUID.randomUUID().toString().substring(0, 8);
        appViewDown = true;
        var before = PROFILE_REQUESTS.size();

        var whileDown = profiles.author(did);
        appViewDown = false;
        var after = profiles.author(did);

        assertThat(whileDown.handle()).isEqualTo(did);
        assertThat(after.handle()).isEqualTo("@" + did.substring(8, 14) + ".bsky.social");
        assertThat(PROFILE_REQUESTS.size() - before).as("a failure is not remembered").isEqualTo(2);
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

    private org.frontline.ingest.PostView post(String uri) {
        var id = posts.findByExternalId(ws.id(), Channel.BLUESKY, uri).orElseThrow();
        return posts.find(ws.id(), id).orElseThrow();
    }

    private String text(String uri) {
        var id = posts.findByExternalId(ws.id(), Channel.BLUESKY, uri).orElseThrow();
        return posts.find(ws.id(), id).orElseThrow().text();
    }

    private static JetstreamEvent event(String uri) {
        return lines().stream().map(JetstreamEvent::parse).filter(e -> e != null && e.uri().equals(uri)).findFirst().orElseThrow();
    }

    /** The captured create of {@code uri}, turned into an update with new text, a new cid and a later time. */
    private static String edited(String uri, String text) {
        var line = (ObjectNode) JetstreamEvent.JSON.readTree(line(uri));
        line.put("time_us", line.path("time_us").asLong() + 10_000_000);
        var commit = (ObjectNode) line.get("commit");
        commit.put("operation", "update").put("cid", "bafyedited");
        ((ObjectNode) commit.get("record")).put("text", text);
        return line.toString();
    }

    /** A delete event for {@code uri}, shaped like the captured post deletion. */
    private static String deleted(String uri) {
        var capture = lines().stream().filter(l -> l.contains("\"operation\":\"delete\"") && l.contains("app.bsky.feed.post")).findFirst().orElseThrow();
        var line = (ObjectNode) JetstreamEvent.JSON.readTree(capture);
        var original = JetstreamEvent.JSON.readTree(line(uri));
        line.put("did", original.path("did").asString()).put("time_us", original.path("time_us").asLong() + 20_000_000);
        ((ObjectNode) line.get("commit")).put("rkey", original.path("commit").path("rkey").asString());
        return line.toString();
    }

    private static String line(String uri) {
        var parts = uri.split("/");
        return lines().stream().filter(l -> l.contains(parts[2]) && l.contains("\"rkey\":\"" + parts[4] + "\"")).findFirst().orElseThrow();
    }

    private static List<String> lines() {
        try {
            return Files.readAllLines(CORPUS);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Replays the capture (and any extra lines) from the requested cursor, then closes, as a finished stream. */
    private final class FakeJetstream extends WebSocketServer {
        final CountDownLatch started = new CountDownLatch(1);

        FakeJetstream() {
            super(new InetSocketAddress("127.0.0.1", 0));
            setReuseAddr(true);
        }

        URI uri() {
            return URI.create("ws://127.0.0.1:" + getPort() + "/subscribe");
        }

        @Override
        public void onOpen(WebSocket socket, ClientHandshake handshake) {
            var resource = handshake.getResourceDescriptor();
            subscriptions.add(resource);
            var cursor = resource.contains("cursor=") ? Long.parseLong(resource.replaceAll(".*cursor=(\\d+).*", "$1")) : 0L;
            var all = new ArrayList<>(lines());
            all.addAll(extraLines);
            all.stream().filter(l -> JetstreamEvent.timeOf(l) >= cursor).forEach(socket::send);
            socket.close(1000, "end of capture");
        }

        @Override
        public void onClose(WebSocket socket, int code, String reason, boolean remote) {}

        @Override
        public void onMessage(WebSocket socket, String message) {}

        @Override
        public void onError(WebSocket socket, Exception e) {}

        @Override
        public void onStart() {
            started.countDown();
        }
    }
}
