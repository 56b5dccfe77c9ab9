package org.frontline.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.frontline.ingest.internal.PostRepository;
import org.frontline.shared.WorkspaceId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores posts durably, then announces them. A batch is stored in one transaction: it is all there when
 * this returns, or none of it is. Idempotent: a post already stored is reported, not stored again; one
 * that comes back with changed text is an edit, updated in place and announced with {@link PostEdited}.
 */
@Component
public class PostIngestion {

    private final PostRepository posts;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Counter ingested;
    private final Timer latency;

    PostIngestion(
            PostRepository posts,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            Clock clock,
            MeterRegistry meters) {
        this.posts = posts;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
        this.ingested = Counter.builder("frontline.posts.ingested")
                .description("Posts stored for the first time")
                .register(meters);
        this.latency = Timer.builder("frontline.ingest.latency")
                .description("Time to store a batch of posts durably")
                .publishPercentileHistogram()
                .register(meters);
    }

    /** Stores the posts of one batch; the result lists them in the order given. */
    public List<IngestedPost> ingest(WorkspaceId workspace, List<NewPost> batch) {
        return latency.record(() -> {
            try {
                return storeAll(workspace, batch);
            } catch (DuplicateKeyException raced) {
                // Another request stored one of these posts between our check and our insert: the retry sees it.
                return storeAll(workspace, batch);
            }
        });
    }

    private List<IngestedPost> storeAll(WorkspaceId workspace, List<NewPost> batch) {
        var results = transactions.execute(status -> {
            var stored = new ArrayList<IngestedPost>(batch.size());
            for (var post : batch) {
                stored.add(store(workspace, post));
            }
            return stored;
        });
        results.stream().filter(IngestedPost::created).forEach(r -> ingested.increment());
        return results;
    }

    private IngestedPost store(WorkspaceId workspace, NewPost post) {
        var existing = posts.findStoredText(workspace, post.channel(), post.externalId());
        if (existing.isPresent()) {
            var stored = existing.get();
            if (!stored.text().equals(post.text())) {
                // The source changed the post: same identity, new text. Announce it so readers can refresh.
                posts.updateEdited(workspace, stored.id(), post, clock.instant());
                events.publishEvent(new PostEdited(workspace, stored.id()));
            }
            return new IngestedPost(stored.id(), post.channel(), post.externalId(), false);
        }
        var id = new PostId(UUID.randomUUID());
        posts.insert(workspace, id, post, clock.instant());
        events.publishEvent(new PostIngested(workspace, id));
        return new IngestedPost(id, post.channel(), post.externalId(), true);
    }
}
