package org.frontline.matching.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.frontline.matching.TrackingQueryId;
import org.frontline.matching.query.CompiledQuery;
import org.frontline.matching.query.QueryParser;
import org.frontline.shared.WorkspaceId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The compiled queries of each workspace, kept in memory so a post is matched without touching the
 * database. A change evicts the workspace's entry when its transaction commits, so the next post sees it.
 */
@Component
public class LiveQueries {

    /** A query ready to run. */
    public record LiveQuery(TrackingQueryId id, CompiledQuery compiled) {}

    private final TrackingQueryRepository repository;
    private final Map<WorkspaceId, List<LiveQuery>> byWorkspace = new ConcurrentHashMap<>();

    LiveQueries(TrackingQueryRepository repository) {
        this.repository = repository;
    }

    public List<LiveQuery> of(WorkspaceId workspace) {
        return byWorkspace.computeIfAbsent(workspace, this::load);
    }

    /** Forgets the workspace's compiled queries once the current transaction (if any) has committed. */
    public void changed(WorkspaceId workspace) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            byWorkspace.remove(workspace);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                byWorkspace.remove(workspace);
            }
        });
    }

    private List<LiveQuery> load(WorkspaceId workspace) {
        return repository.findAll(workspace).stream()
                .map(q -> new LiveQuery(q.id(), CompiledQuery.compile(QueryParser.parse(q.query()))))
                .toList();
    }
}
