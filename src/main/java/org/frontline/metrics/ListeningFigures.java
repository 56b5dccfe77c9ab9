package org.frontline.metrics;

import java.time.Instant;
import java.util.List;

/**
 * The listening dashboard's data: mention volume by channel and by tracking query, the sentiment trend
 * (average score and negative share per bucket, null where nothing was classified), the intent mix, share of
 * voice (brand against competitor queries, over time and in total), the top terms and hashtags of the range,
 * and the most frequent positive (advocates) and negative (detractors) authors. {@code labels} are the
 * buckets as days or hours of {@code zone}.
 */
public record ListeningFigures(
        String zone,
        List<Instant> buckets,
        List<String> labels,
        long mentions,
        List<Series> volumeByChannel,
        List<Series> volumeByQuery,
        List<Series> sentiment,
        List<Slice> intentMix,
        List<Series> shareOfVoice,
        List<Slice> shareOfVoiceTotal,
        List<Slice> topTerms,
        List<Slice> topHashtags,
        List<AuthorFigure> advocates,
        List<AuthorFigure> detractors) {

    /** An author's classified mentions in the range: {@code channel} and {@code handle} find the contact. */
    public record AuthorFigure(String channel, String handle, String label, long mentions, long positive, long negative) {}
}
