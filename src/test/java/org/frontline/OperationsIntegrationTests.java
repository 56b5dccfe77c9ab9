package org.frontline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.frontline.testing.PostBuilder.aPost;

import java.time.Duration;
import java.util.UUID;
import org.frontline.testing.Api;
import org.frontline.testing.TestWorkspaces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/** What an operator relies on: health with the database, Prometheus metrics, and logs free of post text. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class OperationsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void healthReportsTheDatabase() {
        var health = new Api(port).get("/actuator/health", null);

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("UP");
        assertThat(health.json().get("components").get("db").get("status").asString()).isEqualTo("UP");
    }

    @Test
    void prometheusExposesPipelineCountersAndIngestLatency() {
        var api = new Api(port);
        var ws = new TestWorkspaces(context).createWithQuery("Acme", "acme");
        api.post("/api/v1/workspaces/" + ws.slug() + "/posts", ws.token(), aPost().saying("acme metrics").json());
        await().atMost(Duration.ofSeconds(20))
                .until(() -> api.get("/api/v1/workspaces/" + ws.slug() + "/cases", ws.token()).json().get("total").asLong() == 1);

        var metrics = api.get("/actuator/prometheus", null).body();

        assertThat(metrics)
                .containsPattern("frontline_posts_ingested_total(\\{[^}]*})? [1-9]")
                .containsPattern("frontline_mentions_total(\\{[^}]*})? [1-9]")
                .containsPattern("frontline_cases_opened_total(\\{[^}]*})? [1-9]")
                .contains("frontline_ingest_latency_seconds_count")
                .contains("frontline_pipeline_latency_seconds_count");
    }

    @Test
    void logsNeverContainPostText(CapturedOutput output) {
        var api = new Api(port);
        var ws = new TestWorkspaces(context).createWithQuery("Acme", "acme");
        var secret = "acme private-" + UUID.randomUUID();
        api.post("/api/v1/workspaces/" + ws.slug() + "/posts", ws.token(), aPost().saying(secret).json());
        api.post("/api/v1/workspaces/" + ws.slug() + "/posts", ws.token(), aPost().saying(secret).without("createdAt").json());
        await().atMost(Duration.ofSeconds(20))
                .until(() -> api.get("/api/v1/workspaces/" + ws.slug() + "/cases", ws.token()).json().get("total").asLong() == 1);

        assertThat(output.getAll()).doesNotContain(secret.substring(5));
    }
}
