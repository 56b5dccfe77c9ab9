package org.frontline.channels.x;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import org.frontline.ingest.Channel;
import org.frontline.ingest.NewPost;
import org.frontline.ingest.PostAuthor;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Turns X API v2 post objects into posts. The author comes from the answer's {@code includes.users} (requested with
 * {@code expansions=author_id}); an answer without it still gives a post, by the author's id.
 */
final class XPosts {

    /** What every read asks X for, so a post arrives with its author, language, time and thread. */
    static final String FIELDS = "tweet.fields=created_at,lang,author_id,conversation_id,referenced_tweets"
            + "&expansions=author_id&user.fields=username,name,public_metrics";

    private static final int MAX_TEXT = 25_000;

    private XPosts() {}

    /** The users of an answer's {@code includes}, by id. */
    static Map<String, JsonNode> users(JsonNode answer) {
        var users = new HashMap<String, JsonNode>();
        for (var user : answer.path("includes").path("users")) {
            users.put(user.path("id").asString(""), user);
        }
        return users;
    }

    static @Nullable NewPost post(JsonNode tweet, Map<String, JsonNode> users, Instant heardAt) {
        var id = tweet.path("id").asString("");
        if (!id.matches("[0-9]{1,25}")) {
            return null;
        }
        var authorId = tweet.path("author_id").asString("");
        var user = users.get(authorId);
        var username = user == null ? null : user.path("username").asString(null);
        var handle = username != null ? username : authorId.isEmpty() ? "unknown" : "id:" + authorId;
        var followers = user == null || !user.path("public_metrics").path("followers_count").isNumber() ? null
                : user.path("public_metrics").path("followers_count").asLong();
        var author = new PostAuthor(handle, user == null ? null : user.path("name").asString(null),
                username == null ? null : "https://x.com/" + username, followers);
        var text = tweet.path("text").asString("");
        var url = "https://x.com/" + (username == null ? "i/web" : username) + "/status/" + id;
        return new NewPost(Channel.X, id, url, author, text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text,
                tweet.path("lang").asString(null), createdAt(tweet, heardAt), repliedTo(tweet), tweet.toString());
    }

    private static @Nullable String repliedTo(JsonNode tweet) {
        for (var reference : tweet.path("referenced_tweets")) {
            if (reference.path("type").asString("").equals("replied_to")) {
                return reference.path("id").asString(null);
            }
        }
        return null;
    }

    private static Instant createdAt(JsonNode tweet, Instant heardAt) {
        try {
            return tweet.path("created_at").isString() ? Instant.parse(tweet.path("created_at").asString()) : heardAt;
        } catch (DateTimeParseException e) {
            return heardAt;
        }
    }
}
