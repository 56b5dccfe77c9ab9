package org.frontline.metrics;

import java.time.Instant;
import java.util.List;

/**
 * The listening dashboard's data: mention volume by channel and by tracking query, the sentiment trend
 * (average score and negative share per bucket, null where nothing was classified) and the intent mix.
 */
public record ListeningFigures(
        String zone,
        List<Instant> buckets,
        long mentions,
        List<Series> volumeByChannel,
        List<Series> volumeByQuery,
        List<Series> sentiment,
        List<Slice> intentMix) {}
