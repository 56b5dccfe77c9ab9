package org.frontline.cases.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.frontline.cases.CaseId;
import org.springframework.stereotype.Component;

/**
 * Who has a case open right now, so that two agents do not answer the same customer twice. Each open case
 * page checks in every few seconds; a viewer who stops checking in is forgotten after {@link #STALE}. Kept
 * in memory per node: presence is a hint, not a lock.
 */
@Component
public class CasePresence {

    static final Duration STALE = Duration.ofSeconds(20);

    private final Map<CaseId, Map<String, Instant>> viewers = new ConcurrentHashMap<>();
    private final Clock clock;

    CasePresence(Clock clock) {
        this.clock = clock;
    }

    /** Records that {@code viewer} has the case open and returns the other people who have it open too. */
    public List<String> checkIn(CaseId id, String viewer) {
        var now = clock.instant();
        var present = viewers.computeIfAbsent(id, key -> new ConcurrentHashMap<>());
        present.put(viewer, now);
        present.values().removeIf(seen -> seen.isBefore(now.minus(STALE)));
        return present.keySet().stream().filter(other -> !other.equals(viewer)).sorted().toList();
    }
}
