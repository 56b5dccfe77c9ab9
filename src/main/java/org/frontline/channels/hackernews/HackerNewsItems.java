package org.frontline.channels.hackernews;

import java.time.Instant;
import org.frontline.channels.internal.SafeText;
import org.frontline.ingest.Channel;
import org.frontline.ingest.NewPost;
import org.frontline.ingest.PostAuthor;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Turns Hacker News items (an Algolia search hit, or a Firebase item) into posts. Text is HTML: reduced to plain text. */
final class HackerNewsItems {

    static final String SITE = "https://news.ycombinator.com/";
    private static final int MAX_TEXT = 40_000;

    private HackerNewsItems() {}

    /** An Algolia hit: {@code objectID}, {@code author}, {@code created_at_i}, title, story or comment text, parent. */
    static @Nullable NewPost fromHit(JsonNode hit) {
        var id = hit.path("objectID").asString("");
        if (!id.matches("\\d{1,12}")) {
            return null;
        }
        var body = hit.path("comment_text").isString() ? hit.path("comment_text").asString() : hit.path("story_text").asString("");
        var parent = hit.path("parent_id").isNumber() ? hit.path("parent_id").asString() : null;
        return post(id, hit.path("author").asString(""), hit.path("title").asString(""), body, hit.path("url").asString(""),
                hit.path("created_at_i").asLong(0), parent, hit.toString());
    }

    /** A Firebase item ({@code /v0/item/{id}.json}); a deleted or dead one has no text. */
    static @Nullable NewPost fromItem(JsonNode item) {
        var id = item.path("id").asString("");
        if (!id.matches("\\d{1,12}")) {
            return null;
        }
        var gone = item.path("deleted").asBoolean(false) || item.path("dead").asBoolean(false);
        var parent = item.path("parent").isNumber() ? item.path("parent").asString() : null;
        return post(id, item.path("by").asString(""), gone ? "" : item.path("title").asString(""), gone ? "" : item.path("text").asString(""),
                item.path("url").asString(""), item.path("time").asLong(0), parent, item.toString());
    }

    private static NewPost post(String id, String by, String title, String html, String link, long time, @Nullable String parent, String raw) {
        var body = SafeText.fromHtml(html);
        var text = title.isBlank() ? body : body.isBlank() ? title : title + "\n\n" + body;
        if (!link.isBlank() && (link.startsWith("https://") || link.startsWith("http://")) && link.length() <= 2048 && !text.isBlank()) {
            text = text + "\n" + link;
        }
        var handle = by.isBlank() ? "[deleted]" : by.length() > 320 ? by.substring(0, 320) : by;
        var author = new PostAuthor(handle, null, by.isBlank() ? null : SITE + "user?id=" + by, null);
        return new NewPost(Channel.HACKERNEWS, id, SITE + "item?id=" + id, author, text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text,
                null, Instant.ofEpochSecond(time), parent, raw);
    }
}
