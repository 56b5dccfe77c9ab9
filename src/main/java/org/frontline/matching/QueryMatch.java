package org.frontline.matching;

import java.util.List;

/** One tracking query that matched a post, and where in the post's original text. */
public record QueryMatch(TrackingQueryId query, List<Span> spans) {

    public QueryMatch {
        spans = List.copyOf(spans);
    }
}
