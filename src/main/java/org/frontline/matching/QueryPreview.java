package org.frontline.matching;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.frontline.ingest.PostId;
import org.jspecify.annotations.Nullable;

/**
 * What a query would have matched among a workspace's stored posts over the last {@link #DAYS} days (by day received,
 * in the workspace's time zone): the count per day, oldest first, and the newest matching posts with their highlights. {@code complete} is false
 * when the scan stopped at its cap before the oldest post of the period.
 */
public record QueryPreview(int scanned, long matched, boolean complete, List<Day> days, List<Example> examples) {

    public static final int DAYS = 30;
    public static final int MAX_EXAMPLES = 20;

    public QueryPreview {
        days = List.copyOf(days);
        examples = List.copyOf(examples);
    }

    public record Day(LocalDate date, long matches) {}

    /** A matching post. Text and author are untrusted: render them escaped. */
    public record Example(
            PostId post,
            String channel,
            String author,
            String text,
            @Nullable String url,
            Instant createdAt,
            List<Span> spans) {

        public Example {
            spans = List.copyOf(spans);
        }
    }
}
