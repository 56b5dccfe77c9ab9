package org.frontline.channels.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import java.util.Map;
import org.frontline.ingest.Posts;
import org.frontline.testing.Api;
import org.frontline.testing.TestWorkspaces;
import org.frontline.testing.TestWorkspaces.TestWorkspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Signed webhooks over real HTTP: what a partner system sends, and what it is told back. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class WebhookIntegrationTests {

    record Answer(int status, JsonNode json) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired WebhookSources sources;
    @Autowired Posts posts;
    @Autowired JdbcClient jdbc;
    @Autowired WebApplicationContext web;

    private final HttpClient http = HttpClient.newHttpClient();
    private TestWorkspace ws;
    private String secret;

    @BeforeEach
    void setUp() {
        ws = new TestWorkspaces(context).create();
        secret = sources.create(ws.id(), "crm", new WebhookMapping("/ticket/body", "/ticket/id", "/customer/email", "/ticket/url", "/ticket/at"))
                .secret();
    }

    private static String ticket(String id, String body) {
        return """
                {"ticket": {"id": "%s", "body": "%s", "url": "https://crm.example/t/%s", "at": "2026-11-23T10:00:00Z"},
                 "customer": {"email": "ana@example.com"}}""".formatted(id, body, id);
    }

    private Answer send(String path, String body, long timestamp, String signature, String delivery) {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (signature != null) request.header(WebhookSignature.SIGNATURE_HEADER, signature);
        request.header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp));
        if (delivery != null) request.header(WebhookSignature.DELIVERY_HEADER, delivery);
        try {
            var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            var text = response.body();
            return new Answer(response.statusCode(), text.isBlank() ? JSON.missingNode() : JSON.readTree(text));
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private Answer signed(String body, String delivery) {
        var now = Instant.now().getEpochSecond();
        return send("/hooks/" + ws.slug() + "/crm", body, now, WebhookSignature.sign(secret, now, body.getBytes(StandardCharsets.UTF_8)), delivery);
    }

    @Test
    void aSignedDeliveryBecomesAPostMappedByThePointers() {
        var answer = signed(ticket("T-1", "Acme charged me twice"), "d-1");

        assertThat(answer.status()).isEqualTo(202);
        assertThat(answer.json().get("posts").get(0).get("externalId").asString()).isEqualTo("crm:T-1");
        assertThat(posts.count(ws.id())).isEqualTo(1);
        var post = posts.find(ws.id(), new org.frontline.ingest.PostId(UUID.fromString(answer.json().get("posts").get(0).get("id").asString())))
                .orElseThrow();
        assertThat(post.text()).isEqualTo("Acme charged me twice");
        assertThat(post.author().handle()).isEqualTo("ana@example.com");
        assertThat(post.url()).isEqualTo("https://crm.example/t/T-1");
        assertThat(post.createdAt()).isEqualTo(Instant.parse("2026-11-23T10:00:00Z"));
        assertThat(sources.list(ws.id()).getFirst().health().items()).isEqualTo(1);
    }

    @Test
    void theSecretIsStoredSealedAndStillChecksSignatures(CapturedOutput output) {
        var row = jdbc.sql("select * from webhook_source where workspace_id = ? and name = 'crm'").param(ws.id().value()).query().singleRow();

        var answer = signed(ticket("T-9", "Acme lost my parcel"), "d-9");

        assertThat(row.get("secret_sealed").toString()).startsWith("v1:").doesNotContain(secret);
        assertThat(row.values()).allSatisfy(value -> assertThat(String.valueOf(value)).doesNotContain(secret));
        assertThat(answer.status()).isEqualTo(202);
        assertThat(output.getAll()).doesNotContain(secret);
    }

    @Test
    void theApiShowsTheSecretOnlyInTheAnswerThatCreatesTheWebhook(CapturedOutput output) throws Exception {
        var api = new Api(port);
        var base = "/api/v1/workspaces/" + ws.slug() + "/webhooks";

        var created = api.post(base, ws.token(), Api.json(Map.of("name", "erp", "textPointer", "/text")));
        var erpSecret = created.json().get("secret").asString();
        var listed = api.get(base, ws.token());
        var page = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build()
                .perform(get("/w/" + ws.slug() + "/channels").with(user(ws.adminEmail())))
                .andReturn().getResponse().getContentAsString();
        var body = "{\"text\": \"Acme ERP says hello\"}";
        var now = Instant.now().getEpochSecond();
        var delivered = send("/hooks/" + ws.slug() + "/erp", body, now, WebhookSignature.sign(erpSecret, now, body.getBytes(StandardCharsets.UTF_8)), "e-1");

        assertThat(created.status()).isEqualTo(201);
        assertThat(erpSecret).startsWith("whsec_").hasSizeGreaterThan(40);
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.json().findValues("name")).extracting(JsonNode::asString).contains("crm", "erp");
        assertThat(listed.body()).doesNotContain(erpSecret, secret, "v1:", "\"secret\"");
        assertThat(page).contains("erp").doesNotContain(erpSecret, secret, "v1:");
        assertThat(delivered.status()).isEqualTo(202);
        assertThat(output.getAll()).doesNotContain(erpSecret, secret);
    }

    @Test
    void aSecretThatNoLongerOpensRefusesDeliveriesAndTellsTheOwnerWhy() {
        jdbc.sql("update webhook_source set secret_sealed = 'v1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' where workspace_id = ?").param(ws.id().value()).update();

        var answer = signed(ticket("T-10", "after a key change"), "d-10");

        assertThat(answer.status()).isEqualTo(503);
        assertThat(answer.json().get("type").asString()).isEqualTo("/problems/webhook-unavailable");
        assertThat(posts.count(ws.id())).isZero();
        assertThat(sources.list(ws.id()).getFirst().health().lastError()).contains("cannot be opened with this key");
    }

    @Test
    void aReplayedDeliveryStoresNothingNew() {
        signed(ticket("T-2", "first"), "d-2");

        var replay = signed(ticket("T-2b", "same delivery id, other body"), "d-2");

        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.json().get("status").asString()).isEqualTo("duplicate");
        assertThat(posts.count(ws.id())).isEqualTo(1);
    }

    @Test
    void aWrongSignatureIsRefusedAndStoresNothing() {
        var body = ticket("T-3", "forged");
        var now = Instant.now().getEpochSecond();

        var forged = send("/hooks/" + ws.slug() + "/crm", body, now, WebhookSignature.sign("not-the-secret", now, body.getBytes()), "d-3");
        var unsigned = send("/hooks/" + ws.slug() + "/crm", body, now, null, "d-3");

        assertThat(forged.status()).isEqualTo(401);
        assertThat(forged.json().get("type").asString()).isEqualTo("/problems/webhook-signature");
        assertThat(unsigned.status()).isEqualTo(401);
        assertThat(posts.count(ws.id())).isZero();
        assertThat(sources.list(ws.id()).getFirst().health().lastError()).isEqualTo("Unsigned delivery (delivery refused)");
    }

    @Test
    void aTimestampOutsideFiveMinutesIsRefusedEvenWhenSigned() {
        var body = ticket("T-4", "old capture");
        var old = Instant.now().minusSeconds(301).getEpochSecond();

        var answer = send("/hooks/" + ws.slug() + "/crm", body, old, WebhookSignature.sign(secret, old, body.getBytes()), "d-4");

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.json().get("type").asString()).isEqualTo("/problems/webhook-timestamp");
        assertThat(posts.count(ws.id())).isZero();
    }

    @Test
    void anUnknownSourceOrWorkspaceAnswers404() {
        var now = Instant.now().getEpochSecond();
        var body = ticket("T-5", "x");

        var noSource = send("/hooks/" + ws.slug() + "/nope", body, now, WebhookSignature.sign(secret, now, body.getBytes()), "d-5");
        var noWorkspace = send("/hooks/no-such-workspace/crm", body, now, WebhookSignature.sign(secret, now, body.getBytes()), "d-5");

        assertThat(noSource.status()).isEqualTo(404);
        assertThat(noWorkspace.status()).isEqualTo(404);
        assertThat(noSource.json().get("type")).isEqualTo(noWorkspace.json().get("type"));
    }

    @Test
    void aBodyThatDoesNotFitTheMappingNamesThePointer() {
        var answer = signed("{\"ticket\": {\"id\": \"T-6\"}}", "d-6");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("errors").get(0).get("field").asString()).isEqualTo("/ticket/body");
        assertThat(posts.count(ws.id())).isZero();
    }

    @Test
    void aBodyOverOneMegabyteAnswers413() {
        var answer = signed(ticket("T-7", "x".repeat(1_100_000)), "d-7");

        assertThat(answer.status()).isEqualTo(413);
        assertThat(posts.count(ws.id())).isZero();
    }

    @Test
    void aMissingDeliveryIdIsRefused() {
        var now = Instant.now().getEpochSecond();
        var body = ticket("T-8", "x");

        var answer = send("/hooks/" + ws.slug() + "/crm", body, now, WebhookSignature.sign(secret, now, body.getBytes()), null);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("type").asString()).isEqualTo("/problems/webhook-delivery");
    }
}
