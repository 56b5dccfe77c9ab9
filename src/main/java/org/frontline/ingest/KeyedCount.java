package org.frontline.ingest;

import java.time.Instant;
import java.util.Map;

/**
 * What {@link Posts#countKeyedReceivedSince} counts in one pass: the posts with search keys that satisfy an exact
 * condition per quarter hour received (keyed by the quarter's start, UTC), all posts of the period, and those of them
 * stored without keys, which the condition cannot tell about.
 */
public record KeyedCount(Map<Instant, Long> matchesPerQuarterHour, long posts, long keyless) {

    public KeyedCount {
        matchesPerQuarterHour = Map.copyOf(matchesPerQuarterHour);
    }
}
