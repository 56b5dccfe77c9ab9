package org.frontline.channels.mastodon;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.frontline.channels.social.PostRemoval;
import org.frontline.channels.social.SocialConnection;
import org.frontline.channels.social.SocialConnections;
import org.frontline.channels.social.TrackedTerms;
import org.frontline.ingest.Channel;
import org.frontline.ingest.IngestedPost;
import org.frontline.ingest.NewPost;
import org.frontline.ingest.PostIngestion;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Hears a Mastodon connection: mentions (notifications) and the hashtags of the workspace's tracking
 * queries. The REST API fills what the stream missed, paging forward from each stream's stored cursor with
 * {@code min_id}; streamed events advance the same cursors, so a restart resumes with no gap, and whatever
 * is heard twice is one post (ingest is idempotent).
 */
@Component
class MastodonListener {

    static final String MENTIONS = "notifications";
    private static final int MAX_PAGES = 10;

    private final MastodonApi api;
    private final SocialConnections connections;
    private final PostIngestion ingestion;
    private final PostRemoval removal;
    private final TrackedTerms terms;
    private final Clock clock;

    MastodonListener(MastodonApi api, SocialConnections connections, PostIngestion ingestion, PostRemoval removal, TrackedTerms terms,
            Clock clock) {
        this.api = api;
        this.connections = connections;
        this.ingestion = ingestion;
        this.removal = removal;
        this.terms = terms;
        this.clock = clock;
    }

    /** The hashtag streams this connection follows, from the workspace's live tracking queries. */
    List<String> hashtags(SocialConnection connection) {
        return terms.hashtags(connection.workspace());
    }

    /** Fills every stream's gap through the REST API; returns the posts newly stored. */
    int catchUp(SocialConnection connection) {
        var created = page(connection, MENTIONS, "/api/v1/notifications?types[]=mention&limit=40");
        for (var tag : hashtags(connection)) {
            created += page(connection, "tag:" + tag, "/api/v1/timelines/tag/" + MastodonApi.encode(tag) + "?limit=40");
        }
        connections.heard(connection, 0);
        return created;
    }

    private int page(SocialConnection connection, String stream, String path) {
        var cursor = connections.cursor(connection, stream).orElse(null);
        var created = 0;
        for (var page = 0; page < MAX_PAGES; page++) {
            // min_id pages forward from the cursor (oldest first); without a cursor the newest page starts the stream.
            var items = api.get(connection, path + (cursor == null ? "" : "&min_id=" + cursor));
            if (!items.isArray() || items.isEmpty()) {
                break;
            }
            var statuses = new ArrayList<JsonNode>();
            String newest = cursor;
            for (var item : items) {
                if (!stream.equals(MENTIONS)) {
                    statuses.add(item);
                } else if (item.path("type").asString("").equals("mention")) {
                    statuses.add(item.path("status"));
                }
                newest = newer(newest, item.path("id").asString(""));
            }
            created += ingestStatuses(connection, statuses);
            if (newest == null || newest.equals(cursor)) {
                break;
            }
            connections.saveCursor(connection, stream, newest);
            if (cursor == null) {
                break;
            }
            cursor = newest;
        }
        return created;
    }

    /**
     * Handles one streaming event ({@code event:} name and {@code data:} payload) of {@code stream}.
     *
     * @return the posts newly stored
     */
    int onEvent(SocialConnection connection, String stream, String event, String data) {
        var host = URI.create(connection.baseUrl()).getHost();
        try {
            return switch (event) {
                case "notification" -> {
                    var notification = MastodonApi.JSON.readTree(data);
                    if (!notification.path("type").asString("").equals("mention")) {
                        yield 0;
                    }
                    var created = ingestStatuses(connection, List.of(notification.path("status")));
                    advance(connection, MENTIONS, notification.path("id").asString(""));
                    yield created;
                }
                case "update", "status.update" -> {
                    var status = MastodonApi.JSON.readTree(data);
                    var created = ingestStatuses(connection, List.of(status));
                    if (event.equals("update") && !stream.equals(MENTIONS)) {
                        advance(connection, stream, status.path("id").asString(""));
                    }
                    yield created;
                }
                case "delete" -> {
                    removal.remove(connection.workspace(), Channel.MASTODON, MastodonStatuses.externalId(host, data.strip()));
                    yield 0;
                }
                default -> 0;
            };
        } catch (JacksonException e) {
            connections.failed(connection, "The stream sent an event that is not JSON", true);
            return 0;
        }
    }

    private void advance(SocialConnection connection, String stream, String id) {
        var current = connections.cursor(connection, stream).orElse(null);
        var newest = newer(current, id);
        if (newest != null && !newest.equals(current)) {
            connections.saveCursor(connection, stream, newest);
        }
    }

    /** Stores statuses of this connection's instance; returns how many were new (a status heard before is the same post). */
    int ingestStatuses(SocialConnection connection, List<JsonNode> statuses) {
        var host = URI.create(connection.baseUrl()).getHost();
        var posts = new ArrayList<NewPost>();
        for (var status : statuses) {
            var post = MastodonStatuses.post(host, status, clock.instant());
            if (post != null) {
                posts.add(post);
            }
        }
        if (posts.isEmpty()) {
            return 0;
        }
        var created = (int) ingestion.ingest(connection.workspace(), posts).stream().filter(IngestedPost::created).count();
        connections.heard(connection, created);
        return created;
    }

    /** Mastodon ids are decimal strings that grow with time: longer is newer, then compare as text. */
    static @Nullable String newer(@Nullable String a, String b) {
        if (b.isEmpty() || !b.chars().allMatch(Character::isDigit)) {
            return a;
        }
        if (a == null) {
            return b;
        }
        var order = a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
        return order >= 0 ? a : b;
    }
}
