package org.frontline.matching.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.frontline.matching.TrackingQuery;
import org.frontline.matching.TrackingQueryId;
import org.frontline.matching.query.CompiledQuery;
import org.frontline.matching.query.QueryIndex;
import org.frontline.matching.query.QueryParser;
import org.frontline.shared.WorkspaceId;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The index of each workspace's active (not paused) queries, kept in memory so a post is matched without touching the
 * database. A change rebuilds the workspace's index once its transaction commits and swaps it in whole: posts being
 * matched meanwhile keep using the previous index, so ingest never waits for a rebuild. Another node's changes are
 * noticed through the workspace's revision, polled every second.
 */
@Component
public class LiveQueries {

    private static final Logger log = LoggerFactory.getLogger(LiveQueries.class);

    /** One workspace's live index, the revision it was built from, and each query's text and compiled form. */
    private record Live(long revision, QueryIndex<TrackingQueryId> index, Map<TrackingQueryId, Compiled> compiled) {}

    private record Compiled(String text, CompiledQuery query) {}

    private final TrackingQueryRepository repository;
    private final Map<WorkspaceId, Live> byWorkspace = new ConcurrentHashMap<>();
    private final Object rebuilding = new Object();

    LiveQueries(TrackingQueryRepository repository) {
        this.repository = repository;
    }

    /** The workspace's live index; built on first use. */
    public QueryIndex<TrackingQueryId> of(WorkspaceId workspace) {
        Live live = byWorkspace.get(workspace);
        return live != null ? live.index() : rebuild(workspace).index();
    }

    /** Rebuilds the workspace's index once the current transaction (if any) has committed. */
    public void changed(WorkspaceId workspace) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            rebuild(workspace);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                rebuild(workspace);
            }
        });
    }

    /** Picks up changes made through other nodes. */
    @Scheduled(fixedDelay = 1_000, initialDelay = 1_000)
    void refreshChangedElsewhere() {
        if (byWorkspace.isEmpty()) {
            return;
        }
        repository.revisions(byWorkspace.keySet()).forEach((workspace, revision) -> {
            Live live = byWorkspace.get(workspace);
            if (live != null && live.revision() != revision) {
                rebuild(workspace);
            }
        });
    }

    // One rebuild at a time, reading the database inside the lock: the last rebuild to finish saw the latest commit.
    private Live rebuild(WorkspaceId workspace) {
        synchronized (rebuilding) {
            long revision = repository.revisions(List.of(workspace)).get(workspace);
            Live previous = byWorkspace.get(workspace);
            Map<TrackingQueryId, Compiled> compiled = new LinkedHashMap<>();
            for (TrackingQuery query : repository.findAll(workspace)) {
                if (!query.paused()) {
                    compiled.put(query.id(), compile(query, previous));
                }
            }
            Map<TrackingQueryId, CompiledQuery> queries = new LinkedHashMap<>();
            compiled.forEach((id, entry) -> queries.put(id, entry.query()));
            Live live = new Live(revision, QueryIndex.of(queries), new HashMap<>(compiled));
            byWorkspace.put(workspace, live);
            log.debug("Live index of workspace {} rebuilt at revision {}: {} queries", workspace, revision, queries.size());
            return live;
        }
    }

    // Unchanged queries keep their compiled form, so a change to one of ten thousand queries parses one.
    private static Compiled compile(TrackingQuery query, @Nullable Live previous) {
        if (previous != null) {
            Compiled known = previous.compiled().get(query.id());
            if (known != null && known.text().equals(query.query())) {
                return known;
            }
        }
        return new Compiled(query.query(), CompiledQuery.compile(QueryParser.parse(query.query())));
    }
}
