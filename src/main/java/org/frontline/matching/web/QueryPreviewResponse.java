package org.frontline.matching.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.frontline.matching.QueryPreview;
import org.frontline.matching.Span;
import org.jspecify.annotations.Nullable;

/** {@link QueryPreview} on the wire: matches per day for the last 30 days, and up to 20 newest examples. */
record QueryPreviewResponse(int scanned, long matched, boolean complete, List<Day> days, List<Example> examples) {

    record Day(LocalDate date, long matches) {}

    record Example(
            String post, String channel, String author, String text, @Nullable String url, Instant createdAt, List<Span> spans) {}

    static QueryPreviewResponse of(QueryPreview preview) {
        return new QueryPreviewResponse(
                preview.scanned(),
                preview.matched(),
                preview.complete(),
                preview.days().stream().map(d -> new Day(d.date(), d.matches())).toList(),
                preview.examples().stream()
                        .map(e -> new Example(e.post().value().toString(), e.channel(), e.author(), e.text(), e.url(), e.createdAt(), e.spans()))
                        .toList());
    }
}
