package org.frontline.channels.mastodon;

import org.frontline.channels.social.NetworkFailure;
import java.time.Clock;
import org.frontline.channels.social.Network;
import org.frontline.channels.social.SocialConnection;
import org.frontline.channels.social.SocialConnections;
import org.frontline.channels.social.SocialProperties;
import org.frontline.channels.social.StreamKeeper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps one streaming connection open per Mastodon stream (the account's mentions, each tracked hashtag),
 * each on its own virtual thread. A stream that ends or fails is reopened on a later round after a wait
 * that doubles per consecutive failure, and every (re)open first fills the gap through the REST API.
 */
@Component
class MastodonStreams {

    private record Key(java.util.UUID connection, String stream) {}

    private static final Logger log = LoggerFactory.getLogger(MastodonStreams.class);

    private final SocialConnections connections;
    private final MastodonListener listener;
    private final MastodonApi api;
    private final StreamingHost streamingHost;
    private final SocialProperties settings;
    private final StreamKeeper<Key> streams;

    MastodonStreams(SocialConnections connections, MastodonListener listener, MastodonApi api, StreamingHost streamingHost,
            SocialProperties settings, Clock clock) {
        this.connections = connections;
        this.listener = listener;
        this.api = api;
        this.streamingHost = streamingHost;
        this.settings = settings;
        this.streams = new StreamKeeper<>(settings, clock);
    }

    @Scheduled(fixedDelayString = "${frontline.channels.social.poll-every:60s}", initialDelayString = "PT5S")
    void supervise() {
        if (!settings.listening()) {
            return;
        }
        for (var connection : connections.all(Network.MASTODON)) {
            start(connection, MastodonListener.MENTIONS);
            listener.hashtags(connection).forEach(tag -> start(connection, "tag:" + tag));
        }
    }

    private void start(SocialConnection connection, String stream) {
        streams.keepOpen(new Key(connection.id(), stream), "mastodon-" + stream, () -> {
            listener.catchUp(connection);
            listen(connection, stream);
        }, failure -> {
            connections.failed(connection, failure.getMessage(), !(failure instanceof NetworkFailure network && network.status() == 401));
            log.info("Mastodon stream {} of connection {} stopped: {}", stream, connection.id(), failure.getMessage());
        });
    }

    /**
     * Reads one stream until the server closes it: server-sent events on the instance's streaming host,
     * dispatched on each blank line.
     * Returns the posts newly stored.
     */
    int listen(SocialConnection connection, String stream) {
        var path = stream.equals(MastodonListener.MENTIONS)
                ? "/api/v1/streaming/user/notification"
                : "/api/v1/streaming/hashtag?tag=" + MastodonApi.encode(stream.substring("tag:".length()));
        var event = new StringBuilder();
        var data = new StringBuilder();
        var created = new int[1];
        api.stream(connection, streamingHost.of(connection), path, line -> {
            if (line.startsWith("event:")) {
                event.setLength(0);
                event.append(line.substring(6).strip());
            } else if (line.startsWith("data:")) {
                data.append(data.isEmpty() ? "" : "\n").append(line.substring(5).stripLeading());
            } else if (line.isEmpty() && !event.isEmpty()) {
                created[0] += listener.onEvent(connection, stream, event.toString(), data.toString());
                event.setLength(0);
                data.setLength(0);
            }
            return true;
        });
        return created[0];
    }
}
