package org.frontline.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.frontline.testing.PostBuilder.aPost;

import com.sun.net.httpserver.HttpExchange;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.frontline.channels.FakeHttpServer;
import org.frontline.ingest.PostId;
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

/**
 * The external classifier end to end: ingest API → built-in classifier → a real local HTTP server speaking the
 * OpenAI chat-completions wire format → stored signals, and the settings API.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ExternalClassifierIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String COMPLETIONS = "/v1/chat/completions";
    private static final String OUTAGE = "Acme is down again, hub offline and I'm cancelling my subscription";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    MentionSignals signals;

    @Autowired
    JdbcClient jdbc;

    Api api;
    TestWorkspaces workspaces;
    FakeHttpServer server = new FakeHttpServer();
    final ConcurrentLinkedQueue<Request> requests = new ConcurrentLinkedQueue<>();

    record Request(String authorization, JsonNode body) {}

    @BeforeEach
    void setUp() {
        api = new Api(port);
        workspaces = new TestWorkspaces(context);
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    @Test
    void externalAnswerDecidesIntentSentimentAndRudenessWithItsReason() {
        answer(200, completion("{\"intent\": \"praise\", \"sentiment\": 0.8, \"rude\": false, \"confidence\": 0.7,"
                + " \"reason\": \"Thanks the support team\"}"));
        var ws = workspaces.createWithQuery("Acme", "acme");
        configure(ws, server.url(""), "sk-test-key", 3.0);

        var stored = awaitSignals(ws, ingestOne(ws, "acme thank you, the support team fixed my hub in minutes"));

        assertThat(stored.intent().intent()).isEqualTo(Intent.PRAISE);
        assertThat(stored.intent().confidence()).isEqualTo(0.7);
        assertThat(stored.sentiment().score()).isEqualTo(0.8);
        assertThat(stored.rudeness().rude()).isFalse();
        assertThat(stored.intent().reason()).isEqualTo("External classifier (test-model): Thanks the support team");
        assertThat(stored.sentiment().reason()).startsWith("External classifier (test-model)");
        var sent = requests.peek();
        assertThat(sent.authorization()).isEqualTo("Bearer sk-test-key");
        assertThat(sent.body().get("model").asString()).isEqualTo("test-model");
        assertThat(sent.body().get("messages").get(0).get("role").asString()).isEqualTo("system");
        assertThat(sent.body().get("messages").get(1).get("content").asString()).isEqualTo("acme thank you, the support team fixed my hub in minutes");
    }

    @Test
    void rudeVerdictNeverLowersUrgency() {
        answer(200, completion("{\"intent\": \"complaint\", \"sentiment\": -0.9, \"rude\": true, \"reason\": \"Angry\"}"));
        var ws = workspaces.createWithQuery("Acme", "acme");
        configure(ws, server.url(""), null, 3.0);

        var stored = awaitSignals(ws, ingestOne(ws, OUTAGE));

        assertThat(stored.rudeness().rude()).isTrue();
        assertThat(stored.rudeness().reason()).startsWith("External classifier");
        assertThat(stored.urgency().level()).isEqualTo(Urgency.URGENT);
        assertThat(requests.peek().authorization()).isNull();
    }

    @Test
    void slowAnswerFallsBackToTheBuiltInClassifierAndSaysItTimedOut() {
        server.on(COMPLETIONS, exchange -> {
            record(exchange);
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            FakeHttpServer.respond(exchange, 200, "application/json", completion("{\"intent\": \"praise\", \"sentiment\": 1, \"rude\": false}"));
        });
        var ws = workspaces.createWithQuery("Acme", "acme");
        configure(ws, server.url(""), null, 0.5);

        var stored = awaitSignals(ws, ingestOne(ws, OUTAGE));

        assertThat(stored.intent().intent()).isEqualTo(Intent.COMPLAINT);
        assertThat(stored.intent().reason()).contains("built-in classifier; external classifier not used: time-out: no answer within 0.5 s");
        assertThat(server.hits(COMPLETIONS)).isEqualTo(1);
    }

    @Test
    void serverErrorFallsBackToTheBuiltInClassifier() {
        answer(500, "{\"error\": {\"message\": \"overloaded\"}}");
        var ws = workspaces.createWithQuery("Acme", "acme");
        configure(ws, server.url(""), null, 3.0);

        var stored = awaitSignals(ws, ingestOne(ws, OUTAGE));

        assertThat(stored.intent().intent()).isEqualTo(Intent.COMPLAINT);
        assertThat(stored.sentiment().reason()).contains("external classifier not used: the server answered HTTP 500");
        assertThat(stored.rudeness().reason()).contains("built-in classifier");
    }

    @Test
    void garbageContentFallsBackToTheBuiltInClassifier() {
        answer(200, completion("Sure! I think this customer is rather unhappy."));
        var ws = workspaces.createWithQuery("Acme", "acme");
        configure(ws, server.url(""), null, 3.0);

        var stored = awaitSignals(ws, ingestOne(ws, OUTAGE));

        assertThat(stored.intent().intent()).isEqualTo(Intent.COMPLAINT);
        assertThat(stored.intent().reason()).contains("external classifier not used: the answer is not the JSON object asked for");
    }

    @Test
    void answerWithOutOfRangeValuesFallsBack() {
        answer(200, completion("{\"intent\": \"shouting\", \"sentiment\": 7, \"rude\": \"very\"}"));
        var ws = workspaces.createWithQuery("Acme", "acme");
        configure(ws, server.url(""), null, 3.0);

        var stored = awaitSignals(ws, ingestOne(ws, OUTAGE));

        assertThat(stored.intent().intent()).isEqualTo(Intent.COMPLAINT);
        assertThat(stored.intent().reason()).contains("the answer has no valid intent, sentiment or rude field");
    }

    @Test
    void refusedAddressFallsBackAndIsNeverContacted() {
        var ws = workspaces.createWithQuery("Acme", "acme");
        configure(ws, "http://169.254.169.254", null, 3.0);

        var stored = awaitSignals(ws, ingestOne(ws, OUTAGE));

        assertThat(stored.intent().intent()).isEqualTo(Intent.COMPLAINT);
        assertThat(stored.intent().reason()).contains("external classifier not used: refused address", "cloud metadata address");
    }

    @Test
    void disabledClassifierSendsNothing() {
        answer(200, completion("{\"intent\": \"praise\", \"sentiment\": 1, \"rude\": false}"));
        var ws = workspaces.createWithQuery("Acme", "acme");
        var put = api.put(path(ws), ws.token(), Api.json(Map.of("enabled", false, "baseUrl", server.url(""), "model", "test-model")));
        assertThat(put.status()).isEqualTo(200);

        var stored = awaitSignals(ws, ingestOne(ws, OUTAGE));

        assertThat(stored.intent().intent()).isEqualTo(Intent.COMPLAINT);
        assertThat(stored.intent().reason()).doesNotContain("xternal classifier");
        assertThat(server.hits(COMPLETIONS)).isZero();
    }

    @Test
    void offByDefault() {
        var ws = workspaces.create();

        var got = api.get(path(ws), ws.token());

        assertThat(got.status()).isEqualTo(200);
        assertThat(got.json().get("enabled").asBoolean()).isFalse();
        assertThat(got.json().get("timeoutSeconds").asDouble()).isEqualTo(3.0);
    }

    @Test
    void apiKeyIsStoredSealedAndNeverReturned() {
        var ws = workspaces.create();
        var secret = "sk-very-secret-0123456789";

        var put = api.put(path(ws), ws.token(), Api.json(Map.of("enabled", true, "baseUrl", "https://llm.example.com",
                "model", "m", "apiKey", secret)));
        var got = api.get(path(ws), ws.token());
        var keptOnUpdate = api.put(path(ws), ws.token(), Api.json(Map.of("enabled", true, "baseUrl", "https://llm.example.com", "model", "m2")));

        assertThat(put.status()).isEqualTo(200);
        assertThat(put.body()).doesNotContain(secret);
        assertThat(got.body()).doesNotContain(secret);
        assertThat(got.json().get("apiKeySet").asBoolean()).isTrue();
        assertThat(keptOnUpdate.json().get("apiKeySet").asBoolean()).isTrue();
        var stored = jdbc.sql("select api_key_sealed from classify_external_classifier where workspace_id = :w")
                .param("w", ws.id().value()).query(String.class).single();
        assertThat(stored).startsWith("v1:").doesNotContain(secret);
    }

    @Test
    void nonHttpUrlIsAProblem() {
        var ws = workspaces.create();

        var put = api.put(path(ws), ws.token(), Api.json(Map.of("enabled", true, "baseUrl", "file:///etc/passwd", "model", "m")));
        var tooLong = api.put(path(ws), ws.token(), Api.json(Map.of("enabled", true, "baseUrl", "https://llm.example.com",
                "model", "m", "timeoutSeconds", 31)));

        assertThat(put.status()).isEqualTo(400);
        assertThat(put.contentType()).startsWith("application/problem+json");
        assertThat(put.json().get("type").asString()).isEqualTo("/problems/invalid-classifier-settings");
        assertThat(put.json().get("detail").asString()).contains("Only http and https");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(api.get(path(ws), ws.token()).json().get("enabled").asBoolean()).isFalse();
    }

    private void answer(int status, String body) {
        server.on(COMPLETIONS, exchange -> {
            record(exchange);
            FakeHttpServer.respond(exchange, status, "application/json", body);
        });
    }

    private void record(HttpExchange exchange) throws java.io.IOException {
        var body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        requests.add(new Request(exchange.getRequestHeaders().getFirst("Authorization"), JSON.readTree(body)));
    }

    /** A chat-completions response as OpenAI-compatible servers send it. */
    private static String completion(String content) {
        var root = JSON.createObjectNode().put("id", "chatcmpl-1").put("object", "chat.completion").put("model", "test-model");
        var choice = root.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", content);
        root.putObject("usage").put("prompt_tokens", 50).put("completion_tokens", 20).put("total_tokens", 70);
        return JSON.writeValueAsString(root);
    }

    private void configure(TestWorkspace ws, String baseUrl, String apiKey, double timeoutSeconds) {
        var body = new java.util.HashMap<String, Object>(Map.of("enabled", true, "baseUrl", baseUrl, "model", "test-model",
                "timeoutSeconds", timeoutSeconds));
        if (apiKey != null) {
            body.put("apiKey", apiKey);
        }
        var put = api.put(path(ws), ws.token(), Api.json(body));
        assertThat(put.status()).as(put.body()).isEqualTo(200);
    }

    private static String path(TestWorkspace ws) {
        return "/api/v1/workspaces/" + ws.slug() + "/classifier";
    }

    private PostId ingestOne(TestWorkspace ws, String text) {
        var response = api.post("/api/v1/workspaces/" + ws.slug() + "/posts", ws.token(), aPost().saying(text).json());
        assertThat(response.status()).isEqualTo(202);
        return new PostId(java.util.UUID.fromString(response.json().get("posts").get(0).get("id").asString()));
    }

    private Signals awaitSignals(TestWorkspace ws, PostId post) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> signals.find(ws.id(), post), Optional::isPresent).orElseThrow();
    }
}
