package org.frontline.channels.reddit;

import java.time.Instant;
import java.util.List;
import org.frontline.ingest.Channel;
import org.frontline.ingest.NewPost;
import org.frontline.ingest.PostAuthor;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Turns Reddit things (a submission {@code t3} or a comment {@code t1}) into posts; tells removed and deleted ones. */
final class RedditThings {

    static final String SITE = "https://www.reddit.com";
    private static final int MAX_TEXT = 40_000;
    private static final int MAX_THINGS = 1_000;

    private RedditThings() {}

    /** Removed by moderators or deleted by the author: Reddit keeps the thing but blanks its text. */
    static boolean gone(JsonNode data) {
        var text = data.path(data.has("body") ? "body" : "selftext").asString("");
        return text.equals("[removed]") || text.equals("[deleted]") || data.path("author").asString("").equals("[deleted]")
                && (text.isEmpty() || text.equals("[deleted]")) && !data.has("title")
                || data.path("removed_by_category").isString();
    }

    /** A comment tree ({@code replies} nest listings) as one list, parents before their replies. */
    static void flatten(JsonNode children, List<JsonNode> into) {
        for (var child : children) {
            if (into.size() >= MAX_THINGS) {
                return;
            }
            into.add(child);
            var replies = child.path("data").path("replies");
            if (replies.isObject()) {
                flatten(replies.path("data").path("children"), into);
            }
        }
    }

    /** Comment listings may leave out the permalink; it is made of the subreddit, the submission and the id. */
    private static String permalinkOf(JsonNode data, String name) {
        var subreddit = data.path("subreddit").asString("");
        var link = data.path("link_id").asString("");
        if (!name.startsWith("t1_") || !subreddit.matches("[A-Za-z0-9_]{2,21}") || !link.matches("t3_[0-9a-z]{1,16}")) {
            return "";
        }
        return "/r/" + subreddit + "/comments/" + link.substring(3) + "/_/" + name.substring(3) + "/";
    }

    static @Nullable NewPost post(JsonNode thing) {
        var data = thing.path("data");
        var name = data.path("name").asString("");
        var kind = thing.path("kind").asString("");
        // "more" stubs in a comment tree carry a comment's name but no comment.
        if (!name.matches("t[13]_[0-9a-z]{1,16}") || !name.startsWith(kind + "_")) {
            return null;
        }
        var title = data.path("title").asString("");
        var body = data.path(name.startsWith("t1_") ? "body" : "selftext").asString("");
        var text = title.isBlank() ? body : body.isBlank() ? title : title + "\n\n" + body;
        var author = data.path("author").asString("[deleted]");
        var permalink = data.path("permalink").asString(permalinkOf(data, name));
        var parent = data.path("parent_id").isString() ? data.path("parent_id").asString() : null;
        return new NewPost(Channel.REDDIT, name, permalink.startsWith("/") ? SITE + permalink.replaceAll("\\?.*", "") : null,
                new PostAuthor("u/" + author, null, author.equals("[deleted]") ? null : SITE + "/user/" + author, null),
                text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text, null,
                Instant.ofEpochSecond((long) data.path("created_utc").asDouble(0)), parent, thing.toString());
    }
}
