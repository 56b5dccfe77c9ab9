package org.frontline.metrics.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.frontline.testing.PostBuilder.aPost;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.frontline.metrics.internal.Timeline;
import org.frontline.testing.Api;
import org.frontline.testing.SignedInClient;
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
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * A burst of negative mentions on one query, against four quiet weeks at the same hour, raises an alert in the
 * app, by e-mail (GreenMail, a real SMTP server) and by a Slack-compatible webhook (a local HTTP server) — once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"frontline.alerts.min-volume=6", "frontline.alerts.min-negative=4"})
@ActiveProfiles("test")
class SpikeAlertIntegrationTests {

    static final GreenMail MAIL = startMail();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    TestWorkspace ws;
    Api api;
    HttpServer hook;
    final List<String> hookBodies = new CopyOnWriteArrayList<>();
    String mailbox;

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
    }

    @BeforeEach
    void setUp() throws IOException {
        ws = new TestWorkspaces(context).createWithQuery("Acme", "acme");
        api = new Api(port);
        hook = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        hook.createContext("/hook", exchange -> {
            hookBodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        hook.start();
        mailbox = "team-" + ws.slug() + "@example.com";
        var settings = api.put("/api/v1/workspaces/" + ws.slug() + "/alerts/settings", ws.token(),
                "{\"email\":\"" + mailbox + "\",\"webhookUrl\":\"http://127.0.0.1:" + hook.getAddress().getPort() + "/hook\"}");
        assertThat(settings.status()).as(settings.body()).isEqualTo(200);
    }

    @AfterEach
    void stopHook() {
        hook.stop(0);
    }

    @Test
    void aSpikeIsAlertedInTheAppByEmailAndByWebhookOnce() {
        var hour = Timeline.hourOf(Instant.now());
        for (int week = 1; week <= 4; week++) {
            ingest("w" + week, "acme works fine for me", hour.minus(Duration.ofDays(7L * week)).plusSeconds(60));
        }
        var burst = List.of("acme is down again, terrible outage", "acme outage, nothing works, awful", "acme broken, worst service ever",
                "acme down for hours, this is terrible", "acme outage again, so angry", "acme is broken and support is useless",
                "acme is down, horrible experience", "acme terrible outage, lost my work");
        for (int i = 0; i < burst.size(); i++) {
            ingest("b" + i, burst.get(i), hour.plusSeconds(120 + i));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> classifiedThisHour(hour) >= burst.size());

        var raised = mine(context.getBean(SpikeWatch.class).check());

        assertThat(raised).extracting(Alert::kind).containsExactlyInAnyOrder("volume", "negative");
        var volume = raised.stream().filter(a -> a.kind().equals("volume")).findFirst().orElseThrow();
        assertThat(volume.observed()).isEqualTo(8);
        assertThat(volume.usual()).isEqualTo(1.0);
        assertThat(volume.summary()).contains("Spike on \"Acme\"", "8 mentions", "8.0× the usual 1.0");
        assertThat(hookBodies).hasSize(2);
        var text = JSON.readTree(hookBodies.stream().filter(b -> b.contains("Spike on")).findFirst().orElseThrow()).get("text").asString();
        assertThat(text).contains("Top posts driving it:", "@user_b", "acme");
        var mails = await().atMost(Duration.ofSeconds(10)).until(this::mailsToTeam, m -> m.size() == 2);
        assertThat(mails).anyMatch(subject -> subject.equals("[Frontline] Spike on Acme"));

        assertThat(mine(context.getBean(SpikeWatch.class).check())).isEmpty();
        assertThat(hookBodies).hasSize(2);
        assertThat(mailsToTeam()).hasSize(2);

        var listed = api.get("/api/v1/workspaces/" + ws.slug() + "/alerts", ws.token()).json();
        assertThat(listed.get("unseen").asLong()).isEqualTo(2);
        var browser = new SignedInClient(port);
        browser.signIn(ws.adminEmail(), ws.adminPassword());
        assertThat(browser.get("/w/" + ws.slug() + "/alerts").body()).contains("2 new", "Spike on &quot;Acme&quot;");
        assertThat(api.get("/api/v1/workspaces/" + ws.slug() + "/alerts", ws.token()).json().get("unseen").asLong()).isZero();
    }

    @Test
    void aQuietQueryDoesNotAlertAndBadDestinationsAreRefused() {
        var hour = Timeline.hourOf(Instant.now());
        for (int i = 0; i < 3; i++) {
            ingest("q" + i, "acme is down and terrible", hour.plusSeconds(60 + i));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> classifiedThisHour(hour) >= 3);

        assertThat(mine(context.getBean(SpikeWatch.class).check())).isEmpty();
        var bad = api.put("/api/v1/workspaces/" + ws.slug() + "/alerts/settings", ws.token(), "{\"email\":\"nope\",\"webhookUrl\":\"ftp://x\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("type").asString()).isEqualTo("/problems/validation");
        assertThat(bad.json().get("errors")).hasSize(2);
    }

    private List<Alert> mine(List<Alert> raised) {
        var queries = jdbc.sql("select query_id from metrics_alert where workspace_id = ?").param(ws.id().value()).query(java.util.UUID.class).list();
        return raised.stream().filter(a -> queries.contains(a.query())).toList();
    }

    private long classifiedThisHour(Instant hour) {
        return jdbc.sql("select coalesce(sum(mentions), 0) from metrics_signal_hourly where workspace_id = ? and bucket = ? and query_id <> ?")
                .params(ws.id().value(), hour.atOffset(java.time.ZoneOffset.UTC), new java.util.UUID(0, 0))
                .query(Long.class)
                .single();
    }

    private void ingest(String externalId, String text, Instant at) {
        var post = aPost().on("bluesky").withExternalId(ws.slug() + "-" + externalId).from("user_" + externalId).saying(text)
                .with("createdAt", at.toString());
        assertThat(api.post("/api/v1/workspaces/" + ws.slug() + "/posts", ws.token(), post.json()).status()).isEqualTo(202);
    }

    private List<String> mailsToTeam() {
        return Arrays.stream(MAIL.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().contains(mailbox));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).map(m -> {
            try {
                return m.getSubject();
            } catch (jakarta.mail.MessagingException e) {
                throw new UncheckedIOException(new IOException(e));
            }
        }).toList();
    }

    private static GreenMail startMail() {
        var mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
        return mail;
    }
}
