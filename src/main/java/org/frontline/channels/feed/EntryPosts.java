package org.frontline.channels.feed;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.regex.Pattern;
import org.frontline.ingest.Channel;
import org.frontline.ingest.NewPost;
import org.frontline.ingest.PostAuthor;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns feed entries into posts. Identity is stable per feed: the entry id, else its link, else a hash of
 * its content, prefixed by a digest of the feed URL so two feeds never collide. An entry dated in the
 * future or not dated at all gets the receipt time and is flagged in its raw payload.
 */
final class EntryPosts {

    /** Why an entry's date was not trusted, if it was not. */
    enum DateFlag {
        NONE,
        MISSING,
        FUTURE
    }

    record Mapped(NewPost post, DateFlag flag) {}

    static final int MAX_TEXT = 40_000;
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private EntryPosts() {}

    static Mapped map(String feedUrl, ParsedFeed feed, FeedEntry entry, Instant receivedAt, Duration futureSkew) {
        var date = entry.published() != null ? entry.published() : entry.updated();
        var flag = date == null ? DateFlag.MISSING : date.isAfter(receivedAt.plus(futureSkew)) ? DateFlag.FUTURE : DateFlag.NONE;
        var createdAt = flag == DateFlag.NONE ? date : receivedAt;
        var text = text(entry);
        var post = new NewPost(
                Channel.FEED,
                externalId(feedUrl, entry, text),
                httpUrl(entry.link()),
                author(feedUrl, feed, entry),
                text,
                language(entry.language()),
                createdAt,
                null,
                raw(feedUrl, entry, flag));
        return new Mapped(post, flag);
    }

    static String externalId(String feedUrl, FeedEntry entry, String text) {
        var identity = entry.id() != null ? "id:" + entry.id() : entry.link() != null ? "link:" + entry.link() : "sha256:" + sha256(text);
        if (identity.length() > 400) {
            identity = "sha256:" + sha256(identity);
        }
        return sha256(feedUrl).substring(0, 16) + ":" + identity;
    }

    private static String text(FeedEntry entry) {
        var title = entry.title() == null ? "" : entry.title();
        var body = entry.text();
        var text = title.isEmpty() ? body : body.isEmpty() || body.startsWith(title) ? title : title + "\n\n" + body;
        if (text.isBlank()) {
            text = entry.link() != null ? entry.link() : "(empty entry)";
        }
        return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
    }

    private static PostAuthor author(String feedUrl, ParsedFeed feed, FeedEntry entry) {
        var name = entry.author() != null ? entry.author() : feed.title() != null ? feed.title() : hostOf(feedUrl);
        var handle = name.length() > 320 ? name.substring(0, 320) : name;
        return new PostAuthor(handle, handle, httpUrl(entry.authorUrl() != null ? entry.authorUrl() : feed.link()), null);
    }

    private static @Nullable String language(@Nullable String value) {
        if (value == null) {
            return null;
        }
        var tag = value.strip().replace('_', '-');
        return LANGUAGE.matcher(tag).matches() && tag.length() <= 16 ? tag : null;
    }

    private static @Nullable String httpUrl(@Nullable String url) {
        if (url == null || url.length() > 2048) {
            return null;
        }
        var lower = url.toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") ? url : null;
    }

    private static String raw(String feedUrl, FeedEntry entry, DateFlag flag) {
        var raw = new LinkedHashMap<String, @Nullable Object>();
        raw.put("feed", feedUrl);
        raw.put("id", entry.id());
        raw.put("link", entry.link());
        raw.put("title", entry.title());
        raw.put("author", entry.author());
        raw.put("published", entry.published() == null ? null : entry.published().toString());
        raw.put("updated", entry.updated() == null ? null : entry.updated().toString());
        raw.put("dateFlag", flag.name().toLowerCase(java.util.Locale.ROOT));
        return JSON.writeValueAsString(raw);
    }

    private static String hostOf(String url) {
        try {
            var host = java.net.URI.create(url).getHost();
            return host == null ? url : host;
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
