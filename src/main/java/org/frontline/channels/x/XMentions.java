package org.frontline.channels.x;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.frontline.channels.social.Network;
import org.frontline.channels.social.NetworkFailure;
import org.frontline.channels.social.SocialConnection;
import org.frontline.channels.social.SocialConnections;
import org.frontline.channels.social.SocialProperties;
import org.frontline.ingest.IngestedPost;
import org.frontline.ingest.NewPost;
import org.frontline.ingest.PostIngestion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Polls the account's mentions timeline ({@code GET /2/users/:id/mentions}) from the stored {@code since_id}. The
 * cursor moves only after the posts up to it are ingested, so a restart resumes with no gap; ingest's (channel, id)
 * uniqueness drops anything heard twice.
 */
@Component
class XMentions {

    static final String STREAM = "mentions";
    private static final int MAX_PAGES = 5;
    private static final Logger log = LoggerFactory.getLogger(XMentions.class);

    private final XApi api;
    private final SocialConnections connections;
    private final PostIngestion ingestion;
    private final SocialProperties settings;
    private final Clock clock;

    XMentions(XApi api, SocialConnections connections, PostIngestion ingestion, SocialProperties settings, Clock clock) {
        this.api = api;
        this.connections = connections;
        this.ingestion = ingestion;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${frontline.channels.social.poll-every:60s}", initialDelayString = "PT15S")
    void pollAll() {
        if (!settings.listening()) {
            return;
        }
        for (var connection : connections.all(Network.X)) {
            try {
                poll(connection);
            } catch (NetworkFailure e) {
                log.info("X mentions poll of connection {} failed: {}", connection.id(), e.getMessage());
            }
        }
    }

    /** One poll, newest pages first until the stored cursor; returns the posts newly stored. */
    int poll(SocialConnection connection) {
        try {
            var created = read(connection);
            connections.heard(connection, 0);
            return created;
        } catch (NetworkFailure e) {
            connections.failed(connection, e.getMessage(), e.status() != 401);
            throw e;
        }
    }

    private int read(SocialConnection connection) {
        var since = connections.cursor(connection, STREAM).orElse(null);
        var posts = new ArrayList<NewPost>();
        String newest = null;
        String page = null;
        for (var pages = 0; pages < MAX_PAGES; pages++) {
            var answer = api.get(connection, XApi.Token.USER, "/2/users/" + XApi.encode(java.util.Objects.requireNonNullElse(connection.accountId(), "")) + "/mentions?max_results=100&"
                    + XPosts.FIELDS + (since == null ? "" : "&since_id=" + since) + (page == null ? "" : "&pagination_token=" + XApi.encode(page)));
            var users = XPosts.users(answer);
            for (var tweet : answer.path("data")) {
                var post = XPosts.post(tweet, users, clock.instant());
                if (post != null) {
                    posts.add(post);
                }
            }
            if (newest == null) {
                newest = answer.path("meta").path("newest_id").asString(null);
            }
            page = answer.path("meta").path("next_token").asString(null);
            // Without a cursor only the newest page is read: a new connection starts now, not at the account's history.
            if (page == null || since == null) {
                break;
            }
        }
        var created = ingest(connection, posts);
        if (newest != null && newest.matches("[0-9]{1,25}")) {
            connections.saveCursor(connection, STREAM, newest);
        }
        return created;
    }

    private int ingest(SocialConnection connection, List<NewPost> posts) {
        if (posts.isEmpty()) {
            return 0;
        }
        var created = (int) ingestion.ingest(connection.workspace(), List.copyOf(posts)).stream().filter(IngestedPost::created).count();
        connections.heard(connection, created);
        return created;
    }
}
