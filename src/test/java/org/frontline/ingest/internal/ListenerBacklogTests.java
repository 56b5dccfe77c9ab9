package org.frontline.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

class ListenerBacklogTests {

    private final ListenerBacklog backlog = new ListenerBacklog(3);
    private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
    private final CountDownLatch held = new CountDownLatch(1);
    private final AtomicInteger handedOver = new AtomicInteger();
    private final AtomicInteger handled = new AtomicInteger();

    @BeforeEach
    void startExecutor() {
        executor.setCorePoolSize(4);
        executor.setTaskDecorator(backlog.decorator());
        executor.initialize();
    }

    @AfterEach
    void stopExecutor() {
        held.countDown();
        executor.shutdown();
    }

    /** A producer that stores ten posts, each handing one event to a listener that waits for {@link #held}. */
    private Thread producer() {
        var thread = new Thread(() -> {
            for (var i = 0; i < 10; i++) {
                backlog.awaitRoom();
                handedOver.incrementAndGet();
                executor.execute(this::heldListener);
            }
        });
        thread.start();
        return thread;
    }

    private void heldListener() {
        try {
            held.await();
            handled.incrementAndGet();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void holdsTheProducerBackAtTheLimitAndLetsItGoOnAsListenersCatchUp() throws InterruptedException {
        var producer = producer();

        await().until(() -> backlog.waiting() == 1);
        assertThat(handedOver).hasValue(3);
        assertThat(backlog.pending()).isEqualTo(3);

        held.countDown();
        producer.join();
        await().until(() -> handled.get() == 10);
        assertThat(handedOver).hasValue(10);
        assertThat(backlog.pending()).isZero();
        assertThat(backlog.peak()).isEqualTo(3);
    }

    @Test
    void aListenerThatPublishesWhileTheBacklogIsFullIsNeverHeldBack() {
        var published = new CountDownLatch(1);
        executor.execute(this::heldListener);
        executor.execute(this::heldListener);
        executor.execute(() -> {
            // Three tasks pending, the limit: a producer would wait here, a listener goes on.
            backlog.awaitRoom();
            published.countDown();
            heldListener();
        });

        await().until(() -> published.getCount() == 0);
        assertThat(backlog.pending()).isEqualTo(3);

        held.countDown();
        await().until(() -> backlog.pending() == 0);
        assertThat(handled).hasValue(3);
    }

    @Test
    void aClosingApplicationReleasesWaitingProducersAndEveryEventStaysHandedOver() throws InterruptedException {
        var producer = producer();
        await().until(() -> backlog.waiting() == 1);

        backlog.close();
        producer.join();

        assertThat(handedOver).hasValue(10);
        assertThat(backlog.waiting()).isZero();
    }
}
