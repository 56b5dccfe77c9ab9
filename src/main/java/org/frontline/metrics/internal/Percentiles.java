package org.frontline.metrics.internal;

import java.util.Arrays;
import java.util.OptionalLong;

/** Nearest-rank percentiles over stored facts: the value at or below which {@code p} percent of them lie. */
public final class Percentiles {

    private final long[] sorted;

    public Percentiles(long[] values) {
        this.sorted = values.clone();
        Arrays.sort(sorted);
    }

    public int count() {
        return sorted.length;
    }

    /** Empty when there are no values; {@code p} in (0, 100]. */
    public OptionalLong at(double p) {
        if (!(p > 0 && p <= 100)) {
            throw new IllegalArgumentException("percentile out of (0, 100]: " + p);
        }
        if (sorted.length == 0) {
            return OptionalLong.empty();
        }
        // Nearest rank: ceil(p/100 * n), 1-based; an actual observed value, never an interpolation.
        var rank = (int) Math.ceil(p / 100 * sorted.length);
        return OptionalLong.of(sorted[Math.max(rank, 1) - 1]);
    }

    public OptionalLong median() {
        return at(50);
    }
}
