package org.frontline.channels.feed;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One entry as the feed gave it, reduced to what Frontline maps. {@code id} is the entry's own id (RSS
 * guid, Atom id, JSON Feed id) and may be absent; {@code text} is the content, else the summary, as plain
 * text (never HTML).
 */
record FeedEntry(
        @Nullable String id,
        @Nullable String title,
        @Nullable String link,
        @Nullable String author,
        @Nullable String authorUrl,
        @Nullable Instant published,
        @Nullable Instant updated,
        String text,
        @Nullable String language) {}
