package org.frontline.channels.hackernews;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.frontline.channels.social.Network;
import org.frontline.channels.social.PostRemoval;
import org.frontline.channels.social.SocialConnection;
import org.frontline.channels.social.SocialConnections;
import org.frontline.channels.social.SocialHttp;
import org.frontline.channels.social.SocialProperties;
import org.frontline.channels.social.TrackedTerms;
import org.frontline.ingest.Channel;
import org.frontline.ingest.IngestedPost;
import org.frontline.ingest.NewPost;
import org.frontline.ingest.PostIngestion;
import org.frontline.shared.WorkspaceId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Polls Hacker News for each tracked term: {@code search_by_date} with {@code created_at_i>=cursor}, the
 * cursor being the newest second already stored for that term. Items of that same second come back and are
 * kept once by ingest, so no item between two polls is missed. A thread is read through the Firebase API.
 */
@Component
class HackerNewsPoller {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Logger log = LoggerFactory.getLogger(HackerNewsPoller.class);
    private static final int MAX_KIDS = 50;

    private final SocialConnections connections;
    private final SocialHttp http;
    private final PostIngestion ingestion;
    private final PostRemoval removal;
    private final TrackedTerms terms;
    private final SocialProperties settings;

    HackerNewsPoller(SocialConnections connections, SocialHttp http, PostIngestion ingestion, PostRemoval removal, TrackedTerms terms,
            SocialProperties settings) {
        this.connections = connections;
        this.http = http;
        this.ingestion = ingestion;
        this.removal = removal;
        this.terms = terms;
        this.settings = settings;
    }

    @Scheduled(fixedDelayString = "${frontline.channels.social.poll-every:60s}", initialDelayString = "PT10S")
    void pollAll() {
        if (!settings.listening()) {
            return;
        }
        for (var connection : connections.all(Network.HACKERNEWS)) {
            try {
                poll(connection);
            } catch (HackerNewsFailure e) {
                log.info("Hacker News poll of connection {} failed: {}", connection.id(), e.getMessage());
            }
        }
    }

    /** One poll of every tracked term; returns the posts newly stored. */
    int poll(SocialConnection connection) {
        var created = 0;
        try {
            for (var term : terms.terms(connection.workspace())) {
                created += pollTerm(connection, term);
            }
        } catch (HackerNewsFailure e) {
            connections.failed(connection, e.getMessage(), true);
            throw e;
        }
        connections.heard(connection, 0);
        return created;
    }

    private int pollTerm(SocialConnection connection, String term) {
        var stream = "term:" + term;
        var since = connections.cursor(connection, stream).map(Long::parseLong).orElse(0L);
        var uri = URI.create(connection.baseUrl() + "/api/v1/search_by_date?tags=(story,comment)&hitsPerPage=100&query="
                + URLEncoder.encode(term, StandardCharsets.UTF_8)
                + (since > 0 ? "&numericFilters=" + URLEncoder.encode("created_at_i>=" + since, StandardCharsets.UTF_8) : ""));
        var posts = new ArrayList<NewPost>();
        var newest = since;
        for (var hit : get(uri).path("hits")) {
            var post = HackerNewsItems.fromHit(hit);
            if (post != null) {
                posts.add(post);
                newest = Math.max(newest, hit.path("created_at_i").asLong(0));
            }
        }
        var created = ingest(connection, posts);
        if (newest > since) {
            connections.saveCursor(connection, stream, Long.toString(newest));
        }
        return created;
    }

    /** Reads an item and its direct replies; a deleted or dead item loses its stored text. */
    int thread(SocialConnection connection, String itemId, String itemsBase) {
        var item = get(URI.create(itemsBase + "/v0/item/" + itemId + ".json"));
        var post = HackerNewsItems.fromItem(item);
        if (post == null) {
            return 0;
        }
        if (post.text().isEmpty()) {
            removal.remove(connection.workspace(), Channel.HACKERNEWS, post.externalId());
            return 0;
        }
        var posts = new ArrayList<NewPost>(List.of(post));
        var kids = 0;
        for (var kid : item.path("kids")) {
            if (kids++ >= MAX_KIDS) {
                break;
            }
            var reply = HackerNewsItems.fromItem(get(URI.create(itemsBase + "/v0/item/" + kid.asString() + ".json")));
            if (reply != null && !reply.text().isEmpty()) {
                posts.add(reply);
            }
        }
        return ingest(connection, posts);
    }

    private int ingest(SocialConnection connection, List<NewPost> posts) {
        if (posts.isEmpty()) {
            return 0;
        }
        WorkspaceId workspace = connection.workspace();
        var created = (int) ingestion.ingest(workspace, posts).stream().filter(IngestedPost::created).count();
        connections.heard(connection, created);
        return created;
    }

    private JsonNode get(URI uri) {
        final SocialHttp.Response response;
        try {
            response = http.get(uri, Map.of());
        } catch (SocialHttp.Unreachable e) {
            throw new HackerNewsFailure(e.getMessage());
        }
        if (!response.ok()) {
            throw new HackerNewsFailure(response.status() == 429 ? "Rate limit reached (HTTP 429)" : "Hacker News answered HTTP " + response.status());
        }
        try {
            return JSON.readTree(response.body());
        } catch (JacksonException e) {
            throw new HackerNewsFailure("Hacker News answered something that is not JSON");
        }
    }

    /** A poll that failed; the message is for the Channels page. */
    static final class HackerNewsFailure extends RuntimeException {
        HackerNewsFailure(String reason) {
            super(reason);
        }
    }
}
