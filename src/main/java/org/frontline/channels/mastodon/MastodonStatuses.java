package org.frontline.channels.mastodon;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.frontline.channels.internal.SafeText;
import org.frontline.ingest.Channel;
import org.frontline.ingest.NewPost;
import org.frontline.ingest.PostAuthor;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Turns a Mastodon Status entity into a post. Content is HTML from another server: reduced to plain text. */
final class MastodonStatuses {

    static final int MAX_TEXT = 40_000;

    private MastodonStatuses() {}

    static String externalId(String host, String statusId) {
        return host + "/" + statusId;
    }

    /** The status id on its instance, from an external id made by {@link #externalId}. */
    static @Nullable String statusId(String host, String externalId) {
        var prefix = host + "/";
        return externalId.startsWith(prefix) ? externalId.substring(prefix.length()) : null;
    }

    static @Nullable NewPost post(String host, JsonNode status, Instant receivedAt) {
        var id = text(status, "id");
        if (id == null) {
            return null;
        }
        var account = status.path("account");
        var acct = text(account, "acct");
        var handle = acct == null ? "unknown" : "@" + acct;
        var followers = account.path("followers_count").isNumber() ? account.path("followers_count").asLong() : null;
        var author = new PostAuthor(cut(handle, 320), text(account, "display_name"), web(text(account, "url")), followers);
        var body = SafeText.fromHtml(status.path("content").asString(""));
        var warning = status.path("spoiler_text").asString("");
        var full = warning.isBlank() ? body : SafeText.normalize(warning) + "\n\n" + body;
        var replyTo = text(status, "in_reply_to_id");
        return new NewPost(Channel.MASTODON, externalId(host, id), web(text(status, "url")), author, cut(full, MAX_TEXT),
                language(text(status, "language")), time(text(status, "created_at"), receivedAt),
                replyTo == null ? null : externalId(host, replyTo), status.toString());
    }

    private static @Nullable String text(JsonNode node, String field) {
        var value = node.path(field);
        return value.isString() || value.isNumber() ? value.asString() : null;
    }

    private static Instant time(@Nullable String value, Instant fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }

    private static @Nullable String language(@Nullable String value) {
        return value != null && value.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*") ? value : null;
    }

    private static @Nullable String web(@Nullable String url) {
        return url != null && url.length() <= 2048 && (url.startsWith("https://") || url.startsWith("http://")) ? url : null;
    }

    private static String cut(String value, int max) {
        return value.length() > max ? value.substring(0, max) : value;
    }
}
