package org.frontline.ingest.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One post as a client pushes it to the ingest API. Everything here is untrusted until validated. */
record PostRequest(
        @NotBlank
                @Pattern(
                        regexp = "mastodon|bluesky|reddit|x|hackernews|feed|email|webhook|portal|import",
                        message = "must be one of mastodon, bluesky, reddit, x, hackernews, feed, email, webhook, portal, import")
                @Nullable String channel,
        @NotBlank @Size(max = 512) @Nullable String externalId,
        @Size(max = 2048) @Pattern(regexp = HTTP_URL, message = "must be an http or https URL") @Nullable String url,
        @NotNull @Valid @Nullable AuthorRequest author,
        @NotBlank @Size(max = 40_000) @Nullable String text,
        @Size(max = 16) @Pattern(regexp = "[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*", message = "must be a language tag such as en or pt-BR")
                @Nullable String lang,
        @NotNull @Nullable Instant createdAt,
        @Size(max = 512) @Nullable String inReplyTo) {

    static final String HTTP_URL = "(?i)https?://[^\\s]+";

    record AuthorRequest(
            @NotBlank @Size(max = 320) @Nullable String handle,
            @Size(max = 320) @Nullable String displayName,
            @Size(max = 2048) @Pattern(regexp = HTTP_URL, message = "must be an http or https URL") @Nullable String profileUrl,
            @PositiveOrZero @Nullable Long followers) {}
}
