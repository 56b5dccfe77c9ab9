package org.frontline.channels.reddit;

import java.util.ArrayList;
import java.util.List;
import org.frontline.channels.social.Network;
import org.frontline.channels.social.NetworkFailure;
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
 * Polls Reddit once a minute per connection: each configured subreddit's new submissions and new comments
 * ({@code /r/{sub}/new}, {@code /r/{sub}/comments}), search (newest first) for each tracked term, and the
 * threads of submissions search found ({@code /comments/{article}}), so replies there are heard too. Listings
 * ask only for what came after the newest thing already stored ({@code before=<fullname>}, one cursor per
 * listing). A round makes at most 10 × 2 + 20 + 20 = 60 requests, inside the 100 a minute Reddit allows; it
 * stops early while fewer than {@link #RESERVE} requests are left, keeping those for answers. Removed and
 * deleted things lose their stored text.
 */
@Component
class RedditPoller {

    static final int RESERVE = 10;
    static final int MAX_THREADS = 20;
    private static final Logger log = LoggerFactory.getLogger(RedditPoller.class);

    private final RedditApi api;
    private final SocialConnections connections;
    private final PostIngestion ingestion;
    private final PostRemoval removal;
    private final TrackedTerms terms;
    private final RedditWatchList watchList;
    private final SocialProperties settings;

    RedditPoller(RedditApi api, SocialConnections connections, PostIngestion ingestion, PostRemoval removal, TrackedTerms terms,
            RedditWatchList watchList, SocialProperties settings) {
        this.api = api;
        this.connections = connections;
        this.ingestion = ingestion;
        this.removal = removal;
        this.terms = terms;
        this.watchList = watchList;
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

    /** One round: subreddits, then search, then watched threads; returns the posts newly stored. */
    int poll(SocialConnection connection) {
        var created = 0;
        try {
            for (var subreddit : watchList.subreddits(connection)) {
                created += listing(connection, "new:" + subreddit, "/r/" + subreddit + "/new?limit=100&raw_json=1", false);
                created += listing(connection, "comments:" + subreddit, "/r/" + subreddit + "/comments?limit=100&raw_json=1", false);
            }
            for (var term : terms.terms(connection.workspace())) {
                created += listing(connection, "search:" + term,
                        "/search?sort=new&type=link&limit=100&raw_json=1&q=" + RedditApi.encode(term), true);
            }
            for (var submission : watchList.threadsDue(connection, MAX_THREADS)) {
                created += thread(connection, submission);
            }
        } catch (BudgetSpent e) {
            // The rest waits for the next round.
        } catch (NetworkFailure e) {
            connections.failed(connection, e.getMessage(), e.status() != 401);
            throw e;
        }
        connections.heard(connection, 0);
        return created;
    }

    private int listing(SocialConnection connection, String stream, String path, boolean watchThreads) {
        spend(connection);
        var before = connections.cursor(connection, stream).orElse(null);
        var children = api.get(connection, path + (before == null ? "" : "&before=" + before)).path("data").path("children");
        var created = ingest(connection, children);
        if (watchThreads) {
            for (var child : children) {
                if (child.path("kind").asString("").equals("t3") && !RedditThings.gone(child.path("data"))) {
                    watchList.watch(connection, child.path("data").path("name").asString());
                }
            }
        }
        if (!children.isEmpty()) {
            // Listings are newest first: the first child is where the next poll starts.
            connections.saveCursor(connection, stream, children.get(0).path("data").path("name").asString());
        }
        return created;
    }

    /** Reads a submission's thread: the submission (edits, removal) and every comment in its tree. */
    private int thread(SocialConnection connection, String submission) {
        spend(connection);
        final JsonNode answer;
        try {
            answer = api.get(connection, "/comments/" + submission.substring(3) + "?sort=new&limit=100&raw_json=1");
        } catch (NetworkFailure e) {
            if (e.status() != 403 && e.status() != 404) {
                throw e;
            }
            watchList.forget(connection, submission); // gone, or in a subreddit now private: nothing more to hear
            return 0;
        }
        var things = new ArrayList<JsonNode>();
        if (answer.isArray()) {
            answer.forEach(listing -> RedditThings.flatten(listing.path("data").path("children"), things));
        }
        watchList.threadRead(connection, submission);
        return ingest(connection, things);
    }

    private void spend(SocialConnection connection) {
        var limit = connections.find(connection.workspace(), connection.id()).orElse(connection).health().rateLimit();
        if (limit.remaining() != null && limit.remaining() < RESERVE) {
            throw new BudgetSpent();
        }
    }

    private int ingest(SocialConnection connection, Iterable<JsonNode> children) {
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

    /** Fewer requests left than the reserve kept for answers. */
    private static final class BudgetSpent extends RuntimeException {
        BudgetSpent() {
            super(null, null, false, false);
        }
    }
}
