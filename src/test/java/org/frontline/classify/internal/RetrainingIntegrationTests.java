package org.frontline.classify.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
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
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import tools.jackson.databind.JsonNode;

/** Retraining a workspace's models from its corrections through the REST API: progress, figures, the model swap, refusals. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RetrainingIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    WorkspaceClassifiers classifiers;

    @Autowired
    WorkspaceModelRepository models;

    @Autowired
    Clock clock;

    @MockitoSpyBean
    ModelRetraining training;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void retrainingReachesHundredPercentRecordsBeforeAndAfterAndPutsTheNewModelInUseWithoutRestart() {
        var ws = CorrectedWorkspace.create(context, api);
        var other = new TestWorkspaces(context).create();
        var idea = CorrectedWorkspace.IDEAS.getFirst();
        var before = classifiers.of(ws.id()).classify(idea, "en", null, 0);

        var started = api.post(path(ws), ws.token(), "");
        var second = api.post(path(ws), ws.token(), "");

        assertThat(started.status()).as(started.body()).isEqualTo(202);
        assertThat(started.json().get("status").asString()).isEqualTo("running");
        var id = started.json().get("id").asString();
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.contentType()).startsWith("application/problem+json");
        assertThat(second.json().get("type").asString()).isEqualTo("/problems/retraining-running");
        assertThat(second.json().get("runningJob").asString()).isEqualTo(id);
        assertThat(second.json().get("detail").asString()).contains("still running");

        var percents = new ArrayList<Integer>();
        var done = await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(200)).until(() -> {
            var job = api.get(path(ws) + "/" + id, ws.token()).json();
            percents.add(job.get("percent").asInt());
            return job;
        }, job -> !"running".equals(job.get("status").asString()));

        assertThat(done.get("status").asString()).as(done.toString()).isEqualTo("done");
        assertThat(done.get("percent").asInt()).isEqualTo(100);
        assertThat(percents).isSorted().last().isEqualTo(100);
        assertThat(percents.stream().distinct().count()).as("progress seen on the way: %s", percents).isGreaterThan(1);
        assertThat(done.get("intentCorrections").asInt()).isEqualTo(6);
        assertThat(done.get("rudenessCorrections").asInt()).isEqualTo(1);
        var corrections = figure(done, "Corrections, intent (also trained on)");
        assertThat(corrections.get("corrections").asBoolean()).isTrue();
        assertThat(corrections.get("posts").asInt()).isEqualTo(6);
        assertThat(corrections.get("accuracyAfter").asDouble()).isGreaterThan(corrections.get("accuracyBefore").asDouble());
        var davidson = figure(done, "Davidson et al., held-out fifth, rudeness");
        assertThat(davidson.get("corrections").asBoolean()).isFalse();
        assertThat(davidson.get("posts").asInt()).isGreaterThan(4000);
        assertThat(davidson.get("macroF1Before").asDouble()).isBetween(0.85, 1.0);

        var after = classifiers.of(ws.id()).classify(idea, "en", null, 0);
        assertThat(after.intent().confidence()).isNotEqualTo(before.intent().confidence());
        assertThat(classifiers.versionOf(ws.id())).hasValueSatisfying(v -> assertThat(v.job()).hasToString(id));
        assertThat(classifiers.versionOf(other.id())).isEmpty();
        var overview = api.get(path(ws), ws.token()).json();
        assertThat(overview.get("modelInUse").get("job").asString()).isEqualTo(id);
        assertThat(overview.get("jobs").get(0).get("figures")).hasSizeGreaterThan(2);
        assertThat(api.get(path(other) + "/" + id, other.token()).status()).isEqualTo(404);

        // Kept across restarts: a node that starts afresh reads the stored models.
        var restarted = new WorkspaceClassifiers(models, clock).of(ws.id()).classify(idea, "en", null, 0);
        assertThat(restarted).isEqualTo(after);
    }

    @Test
    void failedTrainingSaysWhyAndLeavesTheModelInUse() {
        var ws = CorrectedWorkspace.create(context, api);
        doThrow(new IllegalStateException("simulated training failure")).when(training).train(any(), any(), any());
        try {
            var started = api.post(path(ws), ws.token(), "");
            assertThat(started.status()).isEqualTo(202);
            var id = started.json().get("id").asString();

            var failed = await().atMost(Duration.ofMinutes(2)).until(() -> api.get(path(ws) + "/" + id, ws.token()).json(),
                    job -> !"running".equals(job.get("status").asString()));

            assertThat(failed.get("status").asString()).isEqualTo("failed");
            assertThat(failed.get("message").asString()).contains("unexpected error", "the model in use is unchanged")
                    .doesNotContain("simulated", "IllegalStateException");
            assertThat(failed.get("figures")).isEmpty();
            assertThat(classifiers.versionOf(ws.id())).isEmpty();
            assertThat(api.get(path(ws), ws.token()).json().get("modelInUse").isNull()).isTrue();
            var next = api.post(path(ws), ws.token(), "");
            assertThat(next.status()).as("a failed job does not block the next").isEqualTo(202);
            await().atMost(Duration.ofMinutes(2)).until(() -> api.get(path(ws) + "/" + next.json().get("id").asString(), ws.token())
                    .json().get("status").asString(), "failed"::equals);
        } finally {
            org.mockito.Mockito.reset(training);
        }
    }

    @Test
    void retrainingWithoutCorrectionsIsAProblem() {
        var ws = new TestWorkspaces(context).create();

        var response = api.post(path(ws), ws.token(), "");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("type").asString()).isEqualTo("/problems/nothing-to-retrain");
    }

    private static JsonNode figure(JsonNode job, String set) {
        var figures = new ArrayList<JsonNode>();
        job.get("figures").forEach(figures::add);
        return figures.stream().filter(f -> set.equals(f.get("set").asString())).findFirst()
                .orElseThrow(() -> new AssertionError("no figure " + set + " in " + job.get("figures")));
    }

    private static String path(TestWorkspace ws) {
        return "/api/v1/workspaces/" + ws.slug() + "/classifier/retraining";
    }
}
