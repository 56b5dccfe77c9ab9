package org.frontline.metrics.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** The buckets of a chart's x axis: from {@code from} (truncated to the step) up to {@code to}, in UTC. */
public final class Timeline {

    private final Instant start;
    private final Duration step;
    private final int size;

    public Timeline(Instant from, Instant to, Duration step) {
        this.step = step;
        this.start = from.truncatedTo(step.equals(Duration.ofDays(1)) ? ChronoUnit.DAYS : ChronoUnit.HOURS);
        this.size = (int) Math.max(1, ceilDiv(Duration.between(start, to).toSeconds(), step.toSeconds()));
    }

    /** The hour an event falls in: the grain of every rollup. */
    public static Instant hourOf(Instant at) {
        return at.truncatedTo(ChronoUnit.HOURS);
    }

    public List<Instant> buckets() {
        var buckets = new ArrayList<Instant>(size);
        for (int i = 0; i < size; i++) {
            buckets.add(start.plus(step.multipliedBy(i)));
        }
        return buckets;
    }

    public int size() {
        return size;
    }

    /** The bucket an hourly rollup row belongs to, or -1 outside the timeline. */
    public int indexOf(Instant hour) {
        if (hour.isBefore(start)) {
            return -1;
        }
        var index = Duration.between(start, hour).toSeconds() / step.toSeconds();
        return index < size ? (int) index : -1;
    }

    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }
}
