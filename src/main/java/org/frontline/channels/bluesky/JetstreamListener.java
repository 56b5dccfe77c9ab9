package org.frontline.channels.bluesky;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.frontline.channels.social.PostRemoval;
import org.frontline.channels.social.SocialConnection;
import org.frontline.channels.social.SocialConnections;
import org.frontline.channels.social.TrackedTerms;
import org.frontline.ingest.Channel;
import org.frontline.ingest.IngestedPost;
import org.frontline.ingest.PostIngestion;
import org.springframework.stereotype.Component;

/**
 * Turns Jetstream lines into posts for one connection. Jetstream carries the whole network, so only posts
 * that concern the workspace are kept: those mentioning the account, replying in its threads, or naming a
 * tracked hashtag or term. The cursor (the newest {@code time_us} handled) is stored after the posts up to
 * it are, and a reconnect starts a few seconds earlier; a post heard again with the same content id is
 * skipped, and ingest would keep it once anyway.
 */
@Component
class JetstreamListener {

    static final String STREAM = "jetstream";
    private static final long SAVE_EVERY_US = 1_000_000;

    /** What one open stream of one connection knows. */
    static final class Session {
        final SocialConnection connection;
        final Set<String> tags;
        final List<String> terms;
        long cursor;
        long saved;

        Session(SocialConnection connection, Set<String> tags, List<String> terms, long cursor) {
            this.connection = connection;
            this.tags = tags;
            this.terms = terms;
            this.cursor = cursor;
            this.saved = cursor;
        }
    }

    private final SocialConnections connections;
    private final PostIngestion ingestion;
    private final PostRemoval removal;
    private final BlueskyPostRefs refs;
    private final TrackedTerms tracked;
    private final BlueskyProfiles profiles;

    JetstreamListener(SocialConnections connections, PostIngestion ingestion, PostRemoval removal, BlueskyPostRefs refs, TrackedTerms tracked,
            BlueskyProfiles profiles) {
        this.profiles = profiles;
        this.connections = connections;
        this.ingestion = ingestion;
        this.removal = removal;
        this.refs = refs;
        this.tracked = tracked;
    }

    Session open(SocialConnection connection) {
        var cursor = connections.cursor(connection, STREAM).map(Long::parseLong).orElse(0L);
        var tags = tracked.hashtags(connection.workspace()).stream().collect(Collectors.toUnmodifiableSet());
        return new Session(connection, tags, tracked.terms(connection.workspace()), cursor);
    }

    /** Where to connect: posts only, from {@code rewind} before the stored cursor (live when there is none). */
    static URI url(URI jetstream, Session session, Duration rewind) {
        var query = "wantedCollections=" + URLEncoder.encode(JetstreamEvent.POST, StandardCharsets.UTF_8);
        if (session.cursor > 0) {
            query += "&cursor=" + Math.max(0, session.cursor - rewind.toNanos() / 1000);
        }
        return URI.create(jetstream + (jetstream.getRawQuery() == null ? "?" : "&") + query);
    }

    /** Handles one line; returns the posts newly stored. */
    int handle(Session session, String line) {
        var time = JetstreamEvent.timeOf(line);
        var event = JetstreamEvent.parse(line);
        var identity = event == null ? JetstreamEvent.identityOf(line) : null;
        if (identity != null) {
            profiles.forget(identity);
        }
        var created = event == null ? 0 : apply(session, event);
        if (time > session.cursor) {
            session.cursor = time;
        }
        if (created > 0 || session.cursor - session.saved >= SAVE_EVERY_US) {
            save(session);
        }
        return created;
    }

    /** Stores the cursor reached; called when a stream ends, too. */
    void save(Session session) {
        if (session.cursor > session.saved) {
            connections.saveCursor(session.connection, STREAM, Long.toString(session.cursor));
            session.saved = session.cursor;
        }
    }

    private int apply(Session session, JetstreamEvent event) {
        var workspace = session.connection.workspace();
        if (event.deletion()) {
            removal.remove(workspace, Channel.BLUESKY, event.uri());
            return 0;
        }
        if (!relevant(session, event) || event.cid() == null) {
            return 0;
        }
        var known = refs.find(workspace, event.uri());
        if (known.isPresent() && known.get().cid().equals(event.cid())) {
            return 0; // heard again after a rewind
        }
        var created = (int) ingestion.ingest(workspace, List.of(event.post(profiles.author(event.did())))).stream().filter(IngestedPost::created).count();
        refs.save(workspace, new BlueskyPostRefs.Ref(event.uri(), event.cid(), event.rootUri(), event.rootCid()));
        connections.heard(session.connection, created);
        return created;
    }

    static boolean relevant(Session session, JetstreamEvent event) {
        var account = session.connection.accountId();
        if (account != null && account.equals(event.did())) {
            return false; // the account's own posts, including Frontline's answers
        }
        var ownThread = "at://" + account + "/";
        if (account != null && (startsWith(event.parentUri(), ownThread) || event.rootUri().startsWith(ownThread))) {
            return true;
        }
        for (var facet : event.facets()) {
            if (facet.kind() == Facets.Kind.MENTION && facet.value().equals(account)
                    || facet.kind() == Facets.Kind.TAG && session.tags.contains(facet.value().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        var text = event.text().toLowerCase(Locale.ROOT);
        return session.terms.stream().anyMatch(text::contains);
    }

    private static boolean startsWith(@org.jspecify.annotations.Nullable String value, String prefix) {
        return value != null && value.startsWith(prefix);
    }
}
