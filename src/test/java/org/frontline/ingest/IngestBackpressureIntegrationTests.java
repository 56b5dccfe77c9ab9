package org.frontline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.frontline.ingest.internal.ListenerBacklog;
import org.frontline.shared.WorkspaceId;
import org.frontline.testing.TestWorkspaces;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.test.context.ActiveProfiles;

/**
 * A producer faster than the asynchronous listeners of {@link PostIngested}: one listener is held until the test lets
 * it go, so the backlog reaches its limit of 4 and stays there.
 */
@SpringBootTest(properties = "frontline.ingest.listener-backlog=4")
@ActiveProfiles("test")
@Import({IngestBackpressureIntegrationTests.Hold.class, IngestBackpressureIntegrationTests.HeldListener.class})
class IngestBackpressureIntegrationTests {

    private static final int POSTS = 20;

    @Autowired ApplicationContext context;
    @Autowired PostIngestion ingestion;
    @Autowired Posts posts;
    @Autowired ListenerBacklog backlog;
    @Autowired Hold held;
    @Autowired JdbcClient jdbc;

    /** What the held listener holds back and what it was given; a plain bean, so the test reads it directly. */
    static class Hold {
        final CountDownLatch release = new CountDownLatch(1);
        final Set<PostId> handled = ConcurrentHashMap.newKeySet();
        final AtomicReference<@Nullable WorkspaceId> workspace = new AtomicReference<>();
        final AtomicInteger calls = new AtomicInteger();
    }

    /** Handles the posts of the held workspace only once released, remembering each post it was given. */
    static class HeldListener {
        private final Hold hold;

        HeldListener(Hold hold) {
            this.hold = hold;
        }

        @ApplicationModuleListener
        void on(PostIngested event) throws InterruptedException {
            if (!event.workspace().equals(hold.workspace.get())) {
                return;
            }
            hold.release.await();
            hold.calls.incrementAndGet();
            hold.handled.add(event.post());
        }
    }

    @Test
    void aFastProducerWaitsForTheListenersAndEveryPostIsStillAnnouncedOnce() throws InterruptedException {
        var ws = new TestWorkspaces(context).create();
        held.workspace.set(ws.id());
        var failure = new AtomicReference<@Nullable Throwable>();
        var producer = new Thread(() -> {
            try {
                for (var i = 1; i <= POSTS; i++) {
                    ingestion.ingest(ws.id(), List.of(post(i)));
                }
            } catch (RuntimeException e) {
                failure.set(e);
            }
        });

        producer.start();
        try {
            // Each stored post leaves a held task behind, and the producer stores only while fewer than 4 tasks are
            // pending: it ends up waiting for good after the fourth post.
            await().atMost(Duration.ofMinutes(1))
                    .until(() -> (backlog.waiting() == 1 && posts.count(ws.id()) == backlog.limit()) || !producer.isAlive());
            assertThat(failure.get()).isNull();
            assertThat(producer.isAlive()).as("the producer waits").isTrue();
            assertProducerHeldBack(ws.id());
        } finally {
            held.release.countDown();
        }
        producer.join();
        await().atMost(Duration.ofMinutes(1)).until(() -> announcementsNotYetHandled(ws.id()) == 0);

        assertThat(failure.get()).isNull();
        assertThat(posts.count(ws.id())).isEqualTo(POSTS);
        assertThat(held.handled).hasSize(POSTS);
        assertThat(held.calls).as("each post announced once").hasValue(POSTS);
    }

    private void assertProducerHeldBack(WorkspaceId ws) {
        assertThat(posts.count(ws)).as("posts stored while the listener is held").isEqualTo(backlog.limit());
        assertThat(backlog.pending()).isGreaterThanOrEqualTo(backlog.limit());
        assertThat(announcementsNotYetHandled(ws)).as("their announcements wait in the publication registry").isPositive();
    }

    private long announcementsNotYetHandled(WorkspaceId workspace) {
        // completion-mode=delete: a publication's row goes when its listener has handled it
        return jdbc.sql("select count(*) from event_publication where event_type like '%PostIngested' and serialized_event like ?")
                .param("%" + workspace.value() + "%")
                .query(Long.class)
                .single();
    }

    private static NewPost post(int i) {
        return new NewPost(Channel.IMPORT, "held-" + i, null, new PostAuthor("ana", null, null, null), "post number " + i, "en",
                Instant.parse("2026-12-01T10:00:00Z"), null, null);
    }
}
