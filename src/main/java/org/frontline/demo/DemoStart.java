package org.frontline.demo;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.frontline.ingest.NewPost;
import org.frontline.ingest.PostIngestion;
import org.frontline.shared.WorkspaceId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * When the application is ready: makes sure the demo workspace exists, tells the user how to sign in, and
 * replays the sample stream over the configured span. Replaying again after a restart stores nothing twice.
 */
@Component
class DemoStart {

    private static final Logger log = LoggerFactory.getLogger(DemoStart.class);

    private final DemoProperties properties;
    private final DemoWorkspace workspace;
    private final PostIngestion ingestion;
    private final TaskScheduler scheduler;
    private final JsonMapper json;
    private final Clock clock;
    private final Environment environment;

    DemoStart(
            DemoProperties properties,
            DemoWorkspace workspace,
            PostIngestion ingestion,
            TaskScheduler scheduler,
            JsonMapper json,
            Clock clock,
            Environment environment) {
        this.properties = properties;
        this.workspace = workspace;
        this.ingestion = ingestion;
        this.scheduler = scheduler;
        this.json = json;
        this.clock = clock;
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        if (!properties.enabled()) {
            return;
        }
        var id = workspace.ensure();
        var port = environment.getProperty("local.server.port", Integer.class, -1);
        if (port > 0) {
            banner(port);
        }
        if (properties.replay()) {
            replay(id);
        }
    }

    /** The address and the demo login, for whoever just started Frontline; not printed by commands that serve no port. */
    private void banner(int port) {
        log.info("""

                ----------------------------------------------------------------
                  Frontline is running:  http://localhost:{}
                  Demo workspace 'acme'  sign in as {} / {}
                ----------------------------------------------------------------""",
                port, properties.adminEmail(), properties.adminPassword());
    }

    private void replay(WorkspaceId id) {
        var start = clock.instant();
        var samples = SampleStream.read(json, start);
        var last = samples.stream().mapToLong(SampleStream.SamplePost::offsetSeconds).max().orElse(0);
        var scale = last == 0 ? 0.0 : (double) properties.replaySpan().toMillis() / (last * 1000.0);
        Map<Long, List<NewPost>> byOffset = samples.stream()
                .collect(Collectors.groupingBy(
                        SampleStream.SamplePost::offsetSeconds,
                        TreeMap::new,
                        Collectors.mapping(SampleStream.SamplePost::post, Collectors.toList())));
        byOffset.forEach((offset, batch) -> {
            var delay = Duration.ofMillis(Math.round(offset * 1000 * scale));
            scheduler.schedule(() -> ingest(id, batch), start.plus(delay));
        });
        log.info("Replaying {} sample posts over {}", samples.size(), properties.replaySpan());
    }

    private void ingest(WorkspaceId id, List<NewPost> batch) {
        try {
            ingestion.ingest(id, batch);
        } catch (RuntimeException e) {
            log.warn("A sample batch could not be stored; the replay goes on", e);
        }
    }
}
