package org.frontline.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.frontline.ingest.internal.ListenerBacklog;
import org.frontline.ingest.internal.PostBatchStore;
import org.frontline.ingest.internal.PostRepository;
import org.frontline.shared.WorkspaceId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores posts durably, then announces them. A batch is stored in one transaction: it is all there when
 * this returns, or none of it is. A producer waits before storing while the asynchronous listeners are behind
 * ({@link ListenerBacklog}), so that their backlog stays bounded. Idempotent: a post already stored is reported, not stored again; one
 * that comes back with changed text is an edit, updated in place and announced with {@link PostEdited}.
 */
@Component
public class PostIngestion {

    private final PostRepository posts;
    private final PostBatchStore batchStore;
    private final ListenerBacklog backlog;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Counter ingested;
    private final Timer latency;

    PostIngestion(
            PostRepository posts,
            PostBatchStore batchStore,
            ListenerBacklog backlog,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            Clock clock,
            MeterRegistry meters) {
        this.posts = posts;
        this.batchStore = batchStore;
        this.backlog = backlog;
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
        Gauge.builder("frontline.ingest.listener.backlog", backlog, ListenerBacklog::pending)
                .description("Asynchronous listener tasks waiting or running; ingest holds producers back at its limit")
                .register(meters);
    }

    /** Stores the posts of one batch; the result lists them in the order given. */
    public List<IngestedPost> ingest(WorkspaceId workspace, List<NewPost> batch) {
        backlog.awaitRoom();
        return latency.record(() -> {
            try {
                return storeAll(workspace, batch);
            } catch (DuplicateKeyException raced) {
                // Another request stored one of these posts between our check and our insert: the retry sees it.
                return storeAll(workspace, batch);
            }
        });
    }

    /**
     * Returns once the asynchronous listeners have room for more posts: a producer that stores faster than they
     * keep up waits here ({@link #ingest} waits by itself). A caller that wraps {@link #ingest} in its own
     * transaction calls this first, so that it does not wait holding a database connection the listeners need.
     */
    public void awaitListenerRoom() {
        backlog.awaitRoom();
    }

    /** Returns once every asynchronous listener task handed over so far has run, as a one-shot command ends. */
    public void awaitListeners() {
        backlog.awaitDrained();
    }

    private List<IngestedPost> storeAll(WorkspaceId workspace, List<NewPost> batch) {
        var results = transactions.execute(status -> new BatchWrite(workspace).store(batch));
        results.stream().filter(IngestedPost::created).forEach(r -> ingested.increment());
        return results;
    }

    private record Key(Channel channel, String externalId) {}

    /**
     * One batch in one transaction: one lookup per channel of what is already stored, then the new posts inserted
     * together. A post that repeats within the batch is what it would have been one call later: a repeat, or an edit.
     */
    private final class BatchWrite {
        private final WorkspaceId workspace;
        private final Map<Key, PostRepository.StoredText> known = new HashMap<>();
        private final List<PostBatchStore.NewRow> pending = new ArrayList<>();

        BatchWrite(WorkspaceId workspace) {
            this.workspace = workspace;
        }

        List<IngestedPost> store(List<NewPost> batch) {
            lookUp(batch);
            var results = new ArrayList<IngestedPost>(batch.size());
            for (var post : batch) {
                results.add(store(post));
            }
            insertPending();
            return results;
        }

        private void lookUp(List<NewPost> batch) {
            var byChannel = new LinkedHashMap<Channel, Set<String>>();
            batch.forEach(post -> byChannel.computeIfAbsent(post.channel(), c -> new LinkedHashSet<>()).add(post.externalId()));
            byChannel.forEach((channel, ids) -> batchStore.findStoredTexts(workspace, channel, ids)
                    .forEach((externalId, stored) -> known.put(new Key(channel, externalId), stored)));
        }

        private IngestedPost store(NewPost post) {
            var key = new Key(post.channel(), post.externalId());
            var stored = known.get(key);
            if (stored == null) {
                var id = new PostId(UUID.randomUUID());
                pending.add(new PostBatchStore.NewRow(id, post));
                known.put(key, new PostRepository.StoredText(id, post.text()));
                return new IngestedPost(id, post.channel(), post.externalId(), true);
            }
            if (!stored.text().equals(post.text())) {
                // The source changed the post: same identity, new text. Announce it so readers can refresh.
                insertPending();
                posts.updateEdited(workspace, stored.id(), post, clock.instant());
                known.put(key, new PostRepository.StoredText(stored.id(), post.text()));
                events.publishEvent(new PostEdited(workspace, stored.id()));
            }
            return new IngestedPost(stored.id(), post.channel(), post.externalId(), false);
        }

        private void insertPending() {
            batchStore.insertAll(workspace, pending, clock.instant());
            pending.forEach(row -> events.publishEvent(new PostIngested(workspace, row.id())));
            pending.clear();
        }
    }
}
