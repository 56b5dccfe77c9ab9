package org.frontline.channels.mastodon;

import java.util.ArrayList;
import org.frontline.channels.social.Network;
import org.frontline.channels.social.NetworkFailure;
import org.frontline.channels.social.SocialConnection;
import org.frontline.channels.social.SocialConnections;
import org.frontline.channels.social.SocialProperties;
import org.frontline.channels.social.TrackedTerms;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Searches the instance for the workspace's tracked words and phrases ({@code GET /api/v2/search?type=statuses}),
 * asking only for statuses newer than the newest one already stored for that term ({@code min_id}, one cursor
 * per term). A full page is followed downwards with {@code max_id} so nothing between two polls is skipped.
 * Statuses also heard on a stream are the same post (same instance, same id), stored once by ingest. Search
 * gives way to everything else: it is skipped while less than a fifth of the rate budget is left.
 */
@Component
class MastodonSearch {

    static final int PAGE = 40;
    private static final int MAX_PAGES = 5;
    private static final Logger log = LoggerFactory.getLogger(MastodonSearch.class);

    private final MastodonApi api;
    private final MastodonListener listener;
    private final SocialConnections connections;
    private final TrackedTerms terms;
    private final SocialProperties settings;

    MastodonSearch(MastodonApi api, MastodonListener listener, SocialConnections connections, TrackedTerms terms, SocialProperties settings) {
        this.api = api;
        this.listener = listener;
        this.connections = connections;
        this.terms = terms;
        this.settings = settings;
    }

    @Scheduled(fixedDelayString = "${frontline.channels.social.poll-every:60s}", initialDelayString = "PT20S")
    void pollAll() {
        if (!settings.listening()) {
            return;
        }
        for (var connection : connections.all(Network.MASTODON)) {
            try {
                poll(connection);
            } catch (NetworkFailure e) {
                connections.failed(connection, "Search: " + e.getMessage(), e.status() != 401);
                log.info("Mastodon search of connection {} failed: {}", connection.id(), e.getMessage());
            }
        }
    }

    /** One search per tracked term, while the budget allows; returns the posts newly stored. */
    int poll(SocialConnection connection) {
        var created = 0;
        for (var term : terms.terms(connection.workspace())) {
            if (lowOnBudget(connection)) {
                break;
            }
            created += pollTerm(connection, term);
        }
        return created;
    }

    private boolean lowOnBudget(SocialConnection connection) {
        var limit = connections.find(connection.workspace(), connection.id()).orElse(connection).health().rateLimit();
        return limit.limit() != null && limit.remaining() != null && limit.remaining() < limit.limit() / 5;
    }

    private int pollTerm(SocialConnection connection, String term) {
        var stream = "search:" + term;
        var cursor = connections.cursor(connection, stream).orElse(null);
        var path = "/api/v2/search?type=statuses&resolve=false&limit=" + PAGE + "&q=" + MastodonApi.encode(term)
                + (cursor == null ? "" : "&min_id=" + cursor);
        var found = new ArrayList<JsonNode>();
        String maxId = null;
        for (var page = 0; page < MAX_PAGES; page++) {
            var statuses = api.get(connection, path + (maxId == null ? "" : "&max_id=" + maxId)).path("statuses");
            statuses.forEach(found::add);
            // Without a cursor only the newest page starts the term; with one, a full page may hide older statuses.
            if (cursor == null || statuses.size() < PAGE) {
                break;
            }
            maxId = oldest(statuses);
            if (maxId == null) {
                break;
            }
        }
        var created = listener.ingestStatuses(connection, found);
        String newest = cursor;
        for (var status : found) {
            newest = MastodonListener.newer(newest, status.path("id").asString(""));
        }
        if (newest != null && !newest.equals(cursor)) {
            connections.saveCursor(connection, stream, newest);
        }
        return created;
    }

    private static @Nullable String oldest(JsonNode statuses) {
        String oldest = null;
        for (var status : statuses) {
            var id = status.path("id").asString("");
            if (id.matches("\\d{1,30}") && (oldest == null || !id.equals(MastodonListener.newer(oldest, id)))) {
                oldest = id;
            }
        }
        return oldest;
    }
}
