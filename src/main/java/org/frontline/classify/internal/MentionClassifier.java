package org.frontline.classify.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import org.frontline.classify.MentionClassified;
import org.frontline.ingest.PostView;
import org.frontline.ingest.Posts;
import org.frontline.matching.MentionMatched;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Classifies each new mention, stores its signals and announces them. Idempotent: a replayed
 * {@code MentionMatched} finds the stored signals and announces those again, unchanged.
 */
@Component
class MentionClassifier {

    /** Complaints of the same author within this window make a new one more urgent. */
    static final Duration REPEAT_WINDOW = Duration.ofDays(14);

    private final SignalRepository signals;
    private final Posts posts;
    private final WorkspaceClassifiers classifiers;
    private final ExternalClassification external;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MentionClassifier(SignalRepository signals, Posts posts, WorkspaceClassifiers classifiers, ExternalClassification external,
            ApplicationEventPublisher events, Clock clock) {
        this.signals = signals;
        this.posts = posts;
        this.classifiers = classifiers;
        this.external = external;
        this.events = events;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(MentionMatched event) {
        var workspace = event.workspace();
        var stored = signals.find(workspace, event.post());
        if (stored.isPresent()) {
            events.publishEvent(new MentionClassified(workspace, event.post(), event.matches(), stored.get()));
            return;
        }
        posts.find(workspace, event.post()).ifPresent(post -> {
            var author = authorKey(post);
            var now = clock.instant();
            var recent = signals.complaintsSince(workspace, author, post.id(), now.minus(REPEAT_WINDOW));
            var builtIn = classifiers.of(workspace).classify(post.text(), post.lang(), post.author().followers(), recent);
            var computed = external.refine(workspace, post.text(), builtIn);
            signals.insert(workspace, post.id(), author, computed, now);
            events.publishEvent(new MentionClassified(workspace, post.id(), event.matches(), computed));
        });
    }

    /** A one-way key for "same author": handles are personal data and stay in the post table only. */
    static String authorKey(PostView post) {
        try {
            var digest = MessageDigest.getInstance("SHA-256")
                    .digest((post.channel().wireName() + ":" + post.author().handle().toLowerCase(java.util.Locale.ROOT))
                            .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
