package org.frontline.metrics.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Backlog by status from the rollup of status deltas: the count before the range, plus the running sum of the
 * deltas up to the end of each bucket.
 */
public final class Backlog {

    private Backlog() {}

    /**
     * @param before the sum of the status's deltas before the timeline starts
     * @param deltas the status's deltas by hour inside the range
     */
    public static List<Double> running(Timeline timeline, long before, Map<Instant, Long> deltas) {
        var perBucket = new long[timeline.size()];
        deltas.forEach((hour, delta) -> {
            var index = timeline.indexOf(hour);
            if (index >= 0) {
                perBucket[index] += delta;
            }
        });
        var series = new ArrayList<Double>(perBucket.length);
        var total = before;
        for (var delta : perBucket) {
            total += delta;
            series.add((double) total);
        }
        return series;
    }
}
