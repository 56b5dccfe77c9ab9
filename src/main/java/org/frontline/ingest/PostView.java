package org.frontline.ingest;

import java.time.Instant;
import org.frontline.shared.WorkspaceId;
import org.jspecify.annotations.Nullable;

/** A stored post, for reading. Text and names are untrusted: render them escaped. */
public record PostView(
        PostId id,
        WorkspaceId workspace,
        Channel channel,
        String externalId,
        @Nullable String url,
        PostAuthor author,
        String text,
        @Nullable String lang,
        @Nullable String inReplyTo,
        Instant createdAt,
        Instant receivedAt) {}
