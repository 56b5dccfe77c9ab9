package org.frontline.ingest;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A post as a channel delivered it, already validated at the edge. {@code rawPayload} is the JSON the
 * source sent, kept for audit.
 */
public record NewPost(
        Channel channel,
        String externalId,
        @Nullable String url,
        PostAuthor author,
        String text,
        @Nullable String lang,
        Instant createdAt,
        @Nullable String inReplyTo,
        @Nullable String rawPayload) {

    public NewPost {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(externalId, "externalId");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
