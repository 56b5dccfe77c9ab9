package org.frontline.channels.bluesky;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import org.frontline.channels.social.Network;
import org.frontline.channels.social.SocialConnection;
import org.frontline.channels.social.SocialConnections;
import org.frontline.channels.social.SocialProperties;
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

    private record Backoff(int failures, Instant notBefore) {}

    private static final Logger log = LoggerFactory.getLogger(JetstreamStreams.class);

    private final SocialConnections connections;
    private final JetstreamListener listener;
    private final SocialProperties settings;
    private final Clock clock;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<UUID, Thread> running = new ConcurrentHashMap<>();
    private final Map<UUID, Backoff> backoffs = new ConcurrentHashMap<>();

    JetstreamStreams(SocialConnections connections, JetstreamListener listener, SocialProperties settings, Clock clock) {
        this.connections = connections;
        this.listener = listener;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${frontline.channels.social.poll-every:60s}", initialDelayString = "PT5S")
    void supervise() {
        if (!settings.listening()) {
            return;
        }
        for (var connection : connections.all(Network.BLUESKY)) {
            var wait = backoffs.get(connection.id());
            if (running.containsKey(connection.id()) || wait != null && clock.instant().isBefore(wait.notBefore())) {
                continue;
            }
            running.put(connection.id(), Thread.ofVirtual().name("jetstream-" + connection.id()).start(() -> run(connection, wait)));
        }
    }

    private void run(SocialConnection connection, @org.jspecify.annotations.Nullable Backoff wait) {
        try {
            listen(connection, settings.jetstream());
            backoffs.remove(connection.id());
        } catch (RuntimeException e) {
            var failures = wait == null ? 1 : wait.failures() + 1;
            var delay = settings.firstBackoff().multipliedBy(1L << Math.min(failures, 16));
            backoffs.put(connection.id(), new Backoff(failures, clock.instant().plus(delay.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : delay)));
            connections.failed(connection, "Jetstream: " + reason(e), true);
            log.info("Jetstream for connection {} stopped: {}", connection.id(), reason(e));
        } finally {
            running.remove(connection.id());
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
