package org.frontline.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.frontline.testing.PostBuilder.aPost;

import java.time.Duration;
import java.util.List;
import org.frontline.ingest.PostId;
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

/** Matching → classify → cases on the embedded database, through the ingest API. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MentionClassificationIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    MentionSignals signals;

    Api api;
    TestWorkspaces workspaces;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        workspaces = new TestWorkspaces(context);
    }

    @Test
    void storesSignalsWithReasonsAndOpensAnUrgentCaseForAnOutage() {
        var ws = workspaces.createWithQuery("Acme", "acme");

        ingest(ws, aPost().saying("Acme is down again, hub offline and I'm cancelling my subscription").json());

        var item = awaitCases(ws, 1).getFirst();
        var post = new PostId(java.util.UUID.fromString(item.get("post").get("id").asString()));
        var stored = signals.find(ws.id(), post).orElseThrow();
        assertThat(stored.intent().intent()).isEqualTo(Intent.COMPLAINT);
        assertThat(stored.urgency().level()).isEqualTo(Urgency.URGENT);
        assertThat(stored.urgency().reason()).contains("outage", "churn");
        assertThat(item.get("priority").asString()).isEqualTo("urgent");
    }

    @Test
    void rudeCustomerKeepsTheSamePriorityAsAPoliteOne() {
        var ws = workspaces.createWithQuery("Acme", "acme");

        ingest(ws, aPost().saying("acme the hub is offline since this morning, please help").json());
        awaitCases(ws, 1);
        ingest(ws, aPost().saying("acme you clowns, the damn hub is offline since this morning, wtf").json());

        var items = awaitCases(ws, 2);
        var rude = signals.find(ws.id(), postOf(items.get(0))).orElseThrow();
        assertThat(rude.rudeness().rude()).isTrue();
        assertThat(priorityRank(items.get(0))).isLessThanOrEqualTo(priorityRank(items.get(1)));
    }

    @Test
    void repeatedComplaintsOfOneAuthorRaiseUrgency() {
        var ws = workspaces.createWithQuery("Acme", "acme");
        var text = "acme my refund still has not arrived";

        var first = awaitSignals(ws, ingestOne(ws, aPost().from("dana@mastodon.example").saying(text).json()));
        var second = awaitSignals(ws, ingestOne(ws, aPost().from("dana@mastodon.example").saying(text + " again").json()));

        assertThat(second.urgency().score()).isGreaterThan(first.urgency().score());
        assertThat(second.urgency().reason()).contains("1 earlier complaint by this author");
    }

    @Test
    void correctionIsStoredAndShownInPlaceOfTheComputedSignal() {
        var ws = workspaces.createWithQuery("Acme", "acme");
        ingest(ws, aPost().saying("acme where can I buy a spare power adapter?").json());
        var post = postOf(awaitCases(ws, 1).getFirst());

        var correction = signals.correct(ws.id(), post, CorrectableSignal.INTENT, "need", "ana@acme.test");

        assertThat(correction.previousValue()).isEqualTo("question");
        assertThat(signals.find(ws.id(), post).orElseThrow().intent().intent()).isEqualTo(Intent.NEED);
        assertThat(signals.corrections(ws.id())).containsExactly(correction);
    }

    @Test
    void signalsOfOneWorkspaceAreInvisibleToAnother() {
        var mine = workspaces.createWithQuery("Acme", "acme");
        var theirs = workspaces.create();
        ingest(mine, aPost().saying("acme thanks for the quick fix!").json());
        var post = postOf(awaitCases(mine, 1).getFirst());

        assertThat(signals.find(theirs.id(), post)).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> signals.correct(theirs.id(), post, CorrectableSignal.INTENT, "spam", "eve@evil.test"))
                .isInstanceOf(SignalsNotFound.class);
    }

    @Test
    void agentCorrectsASignalOnTheCasePageAndTheCorrectionIsExportedForRetraining() throws Exception {
        var ws = workspaces.createWithQuery("Acme", "acme");
        ingest(ws, aPost().saying("acme where can I buy a spare power adapter?").json());
        var item = awaitCases(ws, 1).getFirst();
        var browser = new Browser(port);
        browser.login(ws.adminEmail(), ws.adminPassword());

        var casePage = browser.get("/w/" + ws.slug() + "/cases/" + item.get("id").asString());
        assertThat(casePage).contains("data-testid=\"signals\"", "data-testid=\"signal-intent\">question<");
        var status = browser.post("/w/" + ws.slug() + "/mentions/" + postOf(item).value() + "/signals",
                "correction=intent%3Aneed&caseId=" + item.get("id").asString() + "&_csrf=" + Browser.csrf(casePage));

        assertThat(status).isEqualTo(302);
        assertThat(browser.get("/w/" + ws.slug() + "/cases/" + item.get("id").asString()))
                .contains("data-testid=\"signal-intent\">need<", "corrected by " + ws.adminEmail());
        assertThat(browser.get("/w/" + ws.slug() + "/inbox")).contains("data-testid=\"intent\">need<");
        assertThat(browser.get("/w/" + ws.slug() + "/classification/corrections/intent.csv"))
                .isEqualTo("text,label\r\n\"acme where can I buy a spare power adapter?\",\"need\"\r\n");
    }

    @Test
    void correctionWithoutCsrfTokenIsRefused() throws Exception {
        var ws = workspaces.createWithQuery("Acme", "acme");
        ingest(ws, aPost().saying("acme thanks!").json());
        var item = awaitCases(ws, 1).getFirst();
        var browser = new Browser(port);
        browser.login(ws.adminEmail(), ws.adminPassword());

        var status = browser.post("/w/" + ws.slug() + "/mentions/" + postOf(item).value() + "/signals",
                "correction=intent%3Aspam&caseId=" + item.get("id").asString());

        assertThat(status).isEqualTo(403);
        assertThat(signals.corrections(ws.id())).isEmpty();
    }

    private PostId ingestOne(TestWorkspace ws, String body) {
        var response = api.post("/api/v1/workspaces/" + ws.slug() + "/posts", ws.token(), body);
        assertThat(response.status()).isEqualTo(202);
        return new PostId(java.util.UUID.fromString(response.json().get("posts").get(0).get("id").asString()));
    }

    private Signals awaitSignals(TestWorkspace ws, PostId post) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> signals.find(ws.id(), post), java.util.Optional::isPresent).orElseThrow();
    }

    private void ingest(TestWorkspace ws, String body) {
        assertThat(api.post("/api/v1/workspaces/" + ws.slug() + "/posts", ws.token(), body).status()).isEqualTo(202);
    }

    private List<JsonNode> awaitCases(TestWorkspace ws, int count) {
        var path = "/api/v1/workspaces/" + ws.slug() + "/cases?size=50";
        await().atMost(Duration.ofSeconds(20)).until(() -> api.get(path, ws.token()).json().get("total").asLong() >= count);
        return api.get(path, ws.token()).json().get("items").valueStream().toList();
    }

    private static PostId postOf(JsonNode item) {
        return new PostId(java.util.UUID.fromString(item.get("post").get("id").asString()));
    }

    private static int priorityRank(JsonNode item) {
        return List.of("urgent", "high", "normal", "low").indexOf(item.get("priority").asString());
    }

    /** A signed-in browser session over plain HTTP: session cookie, CSRF token from the page, no redirects followed. */
    private static final class Browser {
        private final java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
                .cookieHandler(new java.net.CookieManager())
                .followRedirects(java.net.http.HttpClient.Redirect.NEVER)
                .build();
        private final String base;

        Browser(int port) {
            this.base = "http://localhost:" + port;
        }

        void login(String email, String password) throws Exception {
            var page = get("/login");
            var encode = (java.util.function.Function<String, String>) v -> java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8);
            assertThat(post("/login", "username=" + encode.apply(email) + "&password=" + encode.apply(password) + "&_csrf=" + csrf(page)))
                    .isEqualTo(302);
        }

        String get(String path) throws Exception {
            var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + path)).GET().build();
            return http.send(request, java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        }

        int post(String path, String form) throws Exception {
            var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form))
                    .build();
            return http.send(request, java.net.http.HttpResponse.BodyHandlers.ofString()).statusCode();
        }

        static String csrf(String page) {
            var matcher = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
            assertThat(matcher.find()).as("the page carries a CSRF token").isTrue();
            return matcher.group(1);
        }
    }
}
