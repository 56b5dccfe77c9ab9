package org.frontline.metrics.customers;

import java.time.Instant;
import java.util.List;
import org.frontline.metrics.Series;
import org.jspecify.annotations.Nullable;

/**
 * The customers dashboard's data: CSAT and CES averages and NPS per bucket (null where nobody answered), the
 * answers per question, the range's totals and the contacts showing attrition signals.
 */
public record CustomerFigures(
        String zone,
        List<Instant> buckets,
        long responses,
        Score csat,
        Score ces,
        Score nps,
        List<Series> satisfaction,
        List<Series> netPromoter,
        List<Series> responsesByQuestion,
        List<AttritionSignal> attrition) {

    /**
     * One question over the whole range: {@code value} is the average score (CSAT, CES) or the net promoter score
     * (NPS, −100..100), null without answers; {@code highShare} the share of satisfied, easy or promoter answers.
     */
    public record Score(long responses, @Nullable Double value, @Nullable Double highShare) {}

    /** A contact to act on, with each reason in words and the contact page to open. */
    public record AttritionSignal(String contact, String name, List<String> reasons, Instant lastWrote, String link) {}
}
