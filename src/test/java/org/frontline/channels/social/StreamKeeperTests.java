package org.frontline.channels.social;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class StreamKeeperTests {

    private static final Instant START = Instant.parse("2026-12-05T08:00:00Z");

    private final SocialProperties settings = new SocialProperties(true, Duration.ofSeconds(60), URI.create("wss://jetstream.invalid"),
            URI.create("https://hn.invalid"), URI.create("https://hn.invalid"), Duration.ofSeconds(5),
            Duration.ofSeconds(2), Duration.ofMinutes(5), URI.create("https://appview.invalid"));
    private volatile Instant now = START;
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final StreamKeeper<String> keeper = new StreamKeeper<>(settings, clock);

    @Test
    void aStreamThatIsOpenIsNotOpenedTwice() {
        var release = new CountDownLatch(1);
        var opened = new AtomicInteger();
        Runnable reading = () -> {
            opened.incrementAndGet();
            waitFor(release);
        };

        keeper.keepOpen("a", "test-a", reading, failure -> {});
        keeper.keepOpen("a", "test-a", reading, failure -> {});
        keeper.keepOpen("b", "test-b", reading, failure -> {});

        await().until(() -> opened.get() == 2);
        release.countDown();
        await().untilAsserted(() -> {
            keeper.keepOpen("a", "test-a", () -> opened.incrementAndGet(), failure -> {});
            assertThat(opened.get()).as("reopened once the first read ended").isGreaterThanOrEqualTo(3);
        });
    }

    @Test
    void aFailedStreamWaitsTheBackoffBeforeItIsOpenedAgainAndTheFailureIsReported() {
        List<RuntimeException> reported = new CopyOnWriteArrayList<>();
        var attempts = new AtomicInteger();
        Runnable failing = () -> {
            attempts.incrementAndGet();
            throw new IllegalStateException("socket closed");
        };

        keeper.keepOpen("a", "test-a", failing, reported::add);
        await().until(() -> reported.size() == 1);
        keeper.keepOpen("a", "test-a", failing, reported::add);
        assertThat(attempts.get()).as("still waiting: first failure waits 2s × 2").isEqualTo(1);

        now = START.plusSeconds(5);
        keeper.keepOpen("a", "test-a", failing, reported::add);
        await().until(() -> reported.size() == 2);
        now = START.plusSeconds(10);
        keeper.keepOpen("a", "test-a", failing, reported::add);
        assertThat(attempts.get()).as("the second failure waits 2s × 4 from second 5").isEqualTo(2);
        assertThat(reported).extracting(Throwable::getMessage).containsOnly("socket closed");
    }

    @Test
    void theWaitDoublesUpToTheCeilingOrFollowsTheServersResetTime() {
        var plain = new IllegalStateException("closed");

        assertThat(keeper.backoff(1, plain)).isEqualTo(Duration.ofSeconds(4));
        assertThat(keeper.backoff(3, plain)).isEqualTo(Duration.ofSeconds(16));
        assertThat(keeper.backoff(30, plain)).isEqualTo(Duration.ofMinutes(5));
        assertThat(keeper.backoff(1, new NetworkFailure("rate limited", 429, START.plusSeconds(600))))
                .isEqualTo(Duration.ofSeconds(600));
        assertThat(keeper.backoff(2, new NetworkFailure("rate limited", 429, START.minusSeconds(1))))
                .as("a reset already past falls back to doubling").isEqualTo(Duration.ofSeconds(8));
    }

    private static void waitFor(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
