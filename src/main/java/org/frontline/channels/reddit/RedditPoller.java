package org.frontline.channels.reddit;

import org.frontline.channels.social.NetworkFailure;
import java.util.ArrayList;
import java.util.List;
import org.frontline.channels.social.Network;
import org.frontline.channels.social.PostRemoval;
import org.frontline.channels.social.SocialConnection;
import org.frontline.channels.social.SocialConnections;
import org.frontline.channels.social.SocialProperties;
import org.frontline.channels.social.TrackedTerms;
import org.frontline.ingest.Channel;
import org.frontline.ingest.IngestedPost;
import org.frontline.ingest.NewPost;
import org.frontline.ingest.PostIngestion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Polls Reddit search (newest first) for each tracked term, asking only for what came after the newest post
 * already stored ({@code before=<fullname>}). At most 20 terms a minute per connection keeps well inside the
 * 100 requests per minute; a spent budget waits for the reset Reddit announced. Removed and deleted things
 * lose their stored text.
 */
@Component
class RedditPoller {

    private static final Logger log = LoggerFactory.getLogger(RedditPoller.class);

    private final RedditApi api;
    private final SocialConnections connections;
    private final PostIngestion ingestion;
    private final PostRemoval removal;
    private final TrackedTerms terms;
    private final SocialProperties settings;

    RedditPoller(RedditApi api, SocialConnections connections, PostIngestion ingestion, PostRemoval removal, TrackedTerms terms,
            SocialProperties settings) {
        this.api = api;
        this.connections = connections;
        this.ingestion = ingestion;
        this.removal = removal;
        this.terms = terms;
        this.settings = settings;
    }

    @Scheduled(fixedDelayString = "${frontline.channels.social.poll-every:60s}", initialDelayString = "PT15S")
    void pollAll() {
        if (!settings.listening()) {
            return;
        }
        for (var connection : connections.all(Network.REDDIT)) {
            try {
                poll(connection);
            } catch (NetworkFailure e) {
                log.info("Reddit poll of connection {} failed: {}", connection.id(), e.getMessage());
            }
        }
    }

    /** One search per tracked term; returns the posts newly stored. */
    int poll(SocialConnection connection) {
        var created = 0;
        try {
            for (var term : terms.terms(connection.workspace())) {
                created += pollTerm(connection, term);
            }
        } catch (NetworkFailure e) {
            connections.failed(connection, e.getMessage(), e.status() != 401);
            throw e;
        }
        connections.heard(connection, 0);
        return created;
    }

    private int pollTerm(SocialConnection connection, String term) {
        var stream = "search:" + term;
        var before = connections.cursor(connection, stream).orElse(null);
        var listing = api.get(connection, "/search?sort=new&type=link&limit=100&raw_json=1&q=" + RedditApi.encode(term)
                + (before == null ? "" : "&before=" + before));
        var children = listing.path("data").path("children");
        var created = ingest(connection, children);
        if (!children.isEmpty()) {
            // Listings are newest first: the first child is where the next poll starts.
            connections.saveCursor(connection, stream, children.get(0).path("data").path("name").asString());
        }
        return created;
    }

    private int ingest(SocialConnection connection, JsonNode children) {
        var posts = new ArrayList<NewPost>();
        for (var child : children) {
            var post = RedditThings.post(child);
            if (post == null) {
                continue;
            }
            if (RedditThings.gone(child.path("data"))) {
                removal.remove(connection.workspace(), Channel.REDDIT, post.externalId());
            } else {
                posts.add(post);
            }
        }
        if (posts.isEmpty()) {
            return 0;
        }
        var created = (int) ingestion.ingest(connection.workspace(), List.copyOf(posts)).stream().filter(IngestedPost::created).count();
        connections.heard(connection, created);
        return created;
    }
}
