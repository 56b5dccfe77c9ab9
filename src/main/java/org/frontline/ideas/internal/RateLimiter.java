package org.frontline.ideas.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * Fixed one-hour windows per key ({@code workspace|ip|action} or {@code workspace|account|action}). In memory
 * and per node: a limit against floods and mail bombing, not an accounting system. Old windows are dropped
 * as the clock moves on, so memory stays bounded by one hour of distinct keys.
 */
@Component
public class RateLimiter {

    static final Duration WINDOW = Duration.ofHours(1);
    private static final int MAX_KEYS = 100_000;

    private record Window(long index, AtomicInteger count) {}

    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();
    private final Clock clock;

    RateLimiter(Clock clock) {
        this.clock = clock;
    }

    /** Counts one more use of {@code key}; answers false, counting nothing, when the window's limit is reached. */
    public boolean tryAcquire(String key, int limit) {
        var index = clock.millis() / WINDOW.toMillis();
        if (windows.size() > MAX_KEYS) {
            windows.values().removeIf(w -> w.index() < index);
        }
        var window = windows.compute(key, (k, w) -> w == null || w.index() != index ? new Window(index, new AtomicInteger()) : w);
        while (true) {
            var current = window.count().get();
            if (current >= limit) {
                return false;
            }
            if (window.count().compareAndSet(current, current + 1)) {
                return true;
            }
        }
    }

    /** Throws {@link RateLimited} when the key is over its limit. */
    public void require(String key, int limit, String what) {
        if (!tryAcquire(key, limit)) {
            throw new RateLimited(what);
        }
    }
}
