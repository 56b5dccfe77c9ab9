package org.frontline.channels.social;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Keeps one long-lived stream open per key (a connection, or a connection and a stream name), each read on
 * its own virtual thread. The network's supervisor asks again on every round; a stream that is still open
 * is left alone, and one that failed is reopened only after a wait that doubles per consecutive failure, up
 * to the configured ceiling, or at the time the server named (a 429's reset). A stream that ended without
 * failing is reopened on the next round.
 */
public final class StreamKeeper<K> {

    private record Backoff(int failures, Instant notBefore) {}

    private final SocialProperties settings;
    private final Clock clock;
    private final Map<K, Thread> running = new ConcurrentHashMap<>();
    private final Map<K, Backoff> backoffs = new ConcurrentHashMap<>();

    public StreamKeeper(SocialProperties settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Starts {@code reading} on a virtual thread named {@code threadName}, unless the stream of this key is
     * open or still waiting after a failure. A failure thrown by {@code reading} goes to {@code onFailure}
     * (to record it on the connection) and sets the next wait.
     */
    public void keepOpen(K key, String threadName, Runnable reading, Consumer<RuntimeException> onFailure) {
        var wait = backoffs.get(key);
        if (running.containsKey(key) || wait != null && clock.instant().isBefore(wait.notBefore())) {
            return;
        }
        var thread = Thread.ofVirtual().name(threadName).unstarted(() -> read(key, wait, reading, onFailure));
        running.put(key, thread);
        thread.start();
    }

    private void read(K key, Backoff wait, Runnable reading, Consumer<RuntimeException> onFailure) {
        try {
            reading.run();
            backoffs.remove(key);
        } catch (RuntimeException e) {
            var failures = wait == null ? 1 : wait.failures() + 1;
            backoffs.put(key, new Backoff(failures, clock.instant().plus(backoff(failures, e))));
            onFailure.accept(e);
        } finally {
            running.remove(key);
        }
    }

    /** How long to wait before the next attempt after {@code failures} failures in a row, the last being {@code failure}. */
    public Duration backoff(int failures, RuntimeException failure) {
        if (failure instanceof NetworkFailure network && network.retryAt() != null && network.retryAt().isAfter(clock.instant())) {
            return Duration.between(clock.instant(), network.retryAt());
        }
        var delay = settings.firstBackoff().multipliedBy(1L << Math.min(failures, 16));
        return delay.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : delay;
    }
}
