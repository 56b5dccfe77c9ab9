package org.frontline.channels.feed;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A parsed feed. {@code problem} is set when the document was not well-formed and was read best-effort: the
 * entries are what could be recovered, and the reason is shown on the feed's status.
 */
record ParsedFeed(
        String format,
        @Nullable String title,
        @Nullable String link,
        @Nullable String language,
        List<FeedEntry> entries,
        @Nullable String problem) {}
