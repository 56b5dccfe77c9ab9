package org.frontline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.frontline.testing.PostBuilder.aPost;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.frontline.testing.Api;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts Frontline as its own process with the default embedded database under ./data, acknowledges posts,
 * kills the process with SIGKILL, and proves that every acknowledged post is on disk and, after a restart,
 * ends up in exactly one case.
 */
class CrashDurabilityIntegrationTests {

    private static final String TOKEN = "crash-test-token-" + UUID.randomUUID();
    private static final int BATCHES = 20;
    private static final int BATCH_SIZE = 10;

    @TempDir
    Path workingDirectory;

    private Process process;

    @AfterEach
    void stop() {
        if (process != null) {
            process.destroyForcibly();
        }
    }

    @Test
    void acknowledgedPostsSurviveKillNineAndOpenExactlyOneCaseEachAfterRestart() throws Exception {
        var port = freePort();
        process = start(port);
        var api = new Api(port);
        awaitHealthy(api);

        var acknowledged = ingestUntilKilled(api);
        process.destroyForcibly().waitFor();

        assertThat(storedExternalIds()).containsAll(acknowledged);

        process = start(port);
        awaitHealthy(api);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> api.get("/api/v1/workspaces/acme/cases?size=1", TOKEN).json().get("total").asLong()
                        >= acknowledged.size());
        assertThat(api.get("/api/v1/workspaces/acme/cases?size=1", TOKEN).json().get("total").asLong())
                .isEqualTo(acknowledged.size());
    }

    private List<String> ingestUntilKilled(Api api) {
        var acknowledged = new ArrayList<String>();
        for (var batch = 0; batch < BATCHES; batch++) {
            var posts = new ArrayList<String>();
            var ids = new ArrayList<String>();
            for (var i = 0; i < BATCH_SIZE; i++) {
                var post = aPost().saying("Acme hub offline, post " + batch + "-" + i);
                posts.add(post.json());
                ids.add(post.externalId());
            }
            var response = api.post("/api/v1/workspaces/acme/posts", TOKEN, "[" + String.join(",", posts) + "]");
            assertThat(response.status()).isEqualTo(202);
            acknowledged.addAll(ids);
        }
        return acknowledged;
    }

    private List<String> storedExternalIds() throws SQLException {
        var url = "jdbc:h2:file:" + workingDirectory.resolve("data/frontline") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
        var ids = new ArrayList<String>();
        try (var connection = DriverManager.getConnection(url, "sa", "");
                var rows = connection.createStatement().executeQuery("select external_id from post")) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }

    private Process start(int port) throws IOException {
        var java = ProcessHandle.current().info().command().orElse("java");
        var command = List.of(
                java,
                "-Xmx512m",
                "-cp",
                System.getProperty("java.class.path"),
                FrontlineApplication.class.getName(),
                "--server.port=" + port,
                "--frontline.demo.replay=false");
        var builder = new ProcessBuilder(command)
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(workingDirectory.resolve("frontline-" + System.nanoTime() + ".log").toFile());
        builder.environment().put("FRONTLINE_BOOTSTRAP_TOKEN", TOKEN);
        builder.environment().remove("FRONTLINE_DB_URL");
        return builder.start();
    }

    private void awaitHealthy(Api api) {
        await().atMost(Duration.ofSeconds(300))
                .pollInterval(Duration.ofMillis(500))
                .ignoreExceptions()
                .until(() -> api.get("/actuator/health", null).status() == 200);
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

}
