package org.frontline.metrics;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The service dashboard's data: first response time over the range (median and p90 in seconds, null when no
 * case was answered, and the distribution in bands) and the backlog by active status at the end of each bucket.
 */
public record ServiceFigures(
        String zone,
        List<Instant> buckets,
        long responses,
        @Nullable Long medianFirstResponseSeconds,
        @Nullable Long p90FirstResponseSeconds,
        List<Slice> firstResponseDistribution,
        List<Series> backlog) {}
