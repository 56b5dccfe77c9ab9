package org.frontline.channels.x;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.frontline.channels.social.Network;
import org.frontline.channels.social.NetworkFailure;
import org.frontline.channels.social.PostRemoval;
import org.frontline.channels.social.SocialConnection;
import org.frontline.channels.social.SocialConnections;
import org.frontline.channels.social.SocialProperties;
import org.frontline.channels.social.StreamKeeper;
import org.frontline.ingest.Channel;
import org.frontline.ingest.IngestedPost;
import org.frontline.ingest.PostIngestion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The filtered stream ({@code GET /2/tweets/search/stream}): newline-delimited JSON, one post per line, with empty
 * keep-alive lines every few seconds. Before each connection the rules are synchronised with the tracking queries.
 * A dropped stream is reconnected with exponential backoff, or at {@code x-rate-limit-reset} after a 429. X's stream
 * has no replay below Enterprise: what was said while disconnected and mentions the account is recovered by the
 * mentions poll.
 */
@Component
class XStream {

    private static final Logger log = LoggerFactory.getLogger(XStream.class);

    private final XApi api;
    private final XRules rules;
    private final SocialConnections connections;
    private final PostIngestion ingestion;
    private final PostRemoval removal;
    private final SocialProperties settings;
    private final Clock clock;
    private final StreamKeeper<UUID> streams;

    XStream(XApi api, XRules rules, SocialConnections connections, PostIngestion ingestion, PostRemoval removal,
            SocialProperties settings, Clock clock) {
        this.api = api;
        this.rules = rules;
        this.connections = connections;
        this.ingestion = ingestion;
        this.removal = removal;
        this.settings = settings;
        this.clock = clock;
        this.streams = new StreamKeeper<>(settings, clock);
    }

    @Scheduled(fixedDelayString = "${frontline.channels.social.poll-every:60s}", initialDelayString = "PT5S")
    void supervise() {
        if (!settings.listening()) {
            return;
        }
        for (var connection : connections.all(Network.X)) {
            start(connection);
        }
    }

    private void start(SocialConnection connection) {
        streams.keepOpen(connection.id(), "x-stream", () -> {
            if (api.credentials(connection).tier().streams()) {
                rules.sync(connection);
                listen(connection);
            }
        }, failure -> {
            connections.failed(connection, failure.getMessage(), !(failure instanceof NetworkFailure network && network.status() == 401));
            log.info("X stream of connection {} stopped: {}", connection.id(), failure.getMessage());
        });
    }

    Duration backoff(int failures, NetworkFailure failure) {
        return streams.backoff(failures, failure);
    }

    /** Reads the stream until X closes it; returns the posts newly stored. */
    int listen(SocialConnection connection) {
        var created = new int[1];
        api.stream(connection, "/2/tweets/search/stream?" + XPosts.FIELDS, line -> {
            created[0] += onLine(connection, line);
            return true;
        });
        return created[0];
    }

    /** One line of the stream: a post, a keep-alive (blank), or an error X sends before it disconnects. */
    int onLine(SocialConnection connection, String line) {
        if (line.isBlank()) {
            return 0;
        }
        JsonNode event;
        try {
            event = XApi.JSON.readTree(line);
        } catch (JacksonException e) {
            log.debug("X stream of connection {} sent a line that is not JSON", connection.id());
            return 0;
        }
        if (event.path("data").isObject()) {
            return post(connection, event);
        }
        var deleted = deletedId(event);
        if (deleted != null) {
            removal.remove(connection.workspace(), Channel.X, deleted);
            return 0;
        }
        if (event.has("errors")) {
            var problem = event.path("errors").path(0);
            connections.failed(connection, "X stream: " + problem.path("title").asString("error") + " " + problem.path("detail").asString(""), true);
        }
        return 0;
    }

    private int post(SocialConnection connection, JsonNode event) {
        var post = XPosts.post(event.path("data"), XPosts.users(event), clock.instant());
        if (post == null) {
            return 0;
        }
        var created = (int) ingestion.ingest(connection.workspace(), List.of(post)).stream().filter(IngestedPost::created).count();
        connections.heard(connection, created);
        return created;
    }

    /** A deletion notice: the compliance shape {@code {"delete":{"status":{"id":…}}}} (also nested under "data"). */
    private static String deletedId(JsonNode event) {
        var status = event.path("delete").path("status");
        var id = status.path("id_str").asString(status.path("id").asString(""));
        return id.matches("[0-9]{1,25}") ? id : null;
    }
}
