package org.frontline.channels.bluesky;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
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
 * Keeps a Jetstream WebSocket open per Bluesky connection, each read on its own virtual thread. A socket
 * that closes or fails is reopened on a later round, after a wait that doubles per consecutive failure, from
 * the stored cursor minus the rewind. The Jetstream address is the operator's setting, not a user's.
 */
@Component
class JetstreamStreams {

    private static final Logger log = LoggerFactory.getLogger(JetstreamStreams.class);

    private final SocialConnections connections;
    private final JetstreamListener listener;
    private final SocialProperties settings;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final StreamKeeper<UUID> streams;

    JetstreamStreams(SocialConnections connections, JetstreamListener listener, SocialProperties settings, Clock clock) {
        this.connections = connections;
        this.listener = listener;
        this.settings = settings;
        this.streams = new StreamKeeper<>(settings, clock);
    }

    @Scheduled(fixedDelayString = "${frontline.channels.social.poll-every:60s}", initialDelayString = "PT5S")
    void supervise() {
        if (!settings.listening()) {
            return;
        }
        for (var connection : connections.all(Network.BLUESKY)) {
            streams.keepOpen(connection.id(), "jetstream-" + connection.id(), () -> listen(connection, settings.jetstream()), failure -> {
                connections.failed(connection, "Jetstream: " + reason(failure), true);
                log.info("Jetstream for connection {} stopped: {}", connection.id(), reason(failure));
            });
        }
    }

    /** Reads the stream until the server closes it; returns the posts newly stored. */
    int listen(SocialConnection connection, URI jetstream) {
        var session = listener.open(connection);
        var done = new CompletableFuture<Integer>();
        var reader = new Reader(session, done);
        try {
            client.newWebSocketBuilder().buildAsync(JetstreamListener.url(jetstream, session, settings.rewind()), reader).join();
            return done.join();
        } catch (CompletionException e) {
            throw new IllegalStateException(reason(e), e);
        } finally {
            listener.save(session);
        }
    }

    private static String reason(Throwable e) {
        var root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    /** Gathers a message's fragments, then hands the whole line to the listener. */
    private final class Reader implements WebSocket.Listener {
        private final JetstreamListener.Session session;
        private final CompletableFuture<Integer> done;
        private final StringBuilder message = new StringBuilder();
        private int created;

        Reader(JetstreamListener.Session session, CompletableFuture<Integer> done) {
            this.session = session;
            this.done = done;
        }

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            message.append(data);
            if (message.length() > 1_000_000) {
                message.setLength(0); // an event this large is not a post: drop it rather than grow
            } else if (last) {
                created += listener.handle(session, message.toString());
                message.setLength(0);
            }
            socket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket socket, int status, String reason) {
            done.complete(created);
            return null;
        }

        @Override
        public void onError(WebSocket socket, Throwable error) {
            done.completeExceptionally(error);
        }
    }
}
