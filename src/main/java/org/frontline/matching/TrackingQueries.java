package org.frontline.matching;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.frontline.matching.internal.LiveQueries;
import org.frontline.matching.internal.QueryPreviewer;
import org.frontline.matching.internal.TrackingQueryRepository;
import org.frontline.matching.query.CompiledQuery;
import org.frontline.matching.query.Query;
import org.frontline.matching.query.QueryParser;
import org.frontline.matching.query.QuerySyntaxError;
import org.frontline.shared.WorkspaceId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saves and reads a workspace's tracking queries. A query is parsed before it is saved, so a stored query
 * always compiles; a saved change (including pausing and resuming) reaches the live matcher of this node with the
 * next post, and other nodes within a second.
 */
@Component
public class TrackingQueries {

    private final TrackingQueryRepository repository;
    private final LiveQueries live;
    private final QueryPreviewer previewer;
    private final Clock clock;

    TrackingQueries(TrackingQueryRepository repository, LiveQueries live, QueryPreviewer previewer, Clock clock) {
        this.repository = repository;
        this.live = live;
        this.previewer = previewer;
        this.clock = clock;
    }

    public List<TrackingQuery> list(WorkspaceId workspace) {
        return repository.findAll(workspace);
    }

    public TrackingQuery get(WorkspaceId workspace, TrackingQueryId id) {
        return repository.find(workspace, id).orElseThrow(() -> new TrackingQueryNotFound(id));
    }

    /** Names of the given queries that still exist, by id. */
    public Map<TrackingQueryId, String> names(WorkspaceId workspace, Collection<TrackingQueryId> ids) {
        return repository.findAll(workspace, ids).stream().collect(Collectors.toMap(TrackingQuery::id, TrackingQuery::name));
    }

    /**
     * @throws InvalidTrackingQuery when the query does not parse
     * @throws DuplicateQueryName when the workspace has a query of that name
     */
    @Transactional
    public TrackingQuery create(WorkspaceId workspace, String name, String query) {
        validate(workspace, name, query, Optional.empty());
        var now = clock.instant();
        var saved = new TrackingQuery(new TrackingQueryId(UUID.randomUUID()), name.strip(), query.strip(), now, now, false);
        repository.insert(workspace, saved);
        changed(workspace);
        return saved;
    }

    @Transactional
    public TrackingQuery update(WorkspaceId workspace, TrackingQueryId id, String name, String query) {
        var existing = get(workspace, id);
        validate(workspace, name, query, Optional.of(id));
        var saved = new TrackingQuery(id, name.strip(), query.strip(), existing.createdAt(), clock.instant(), existing.paused());
        repository.update(workspace, saved);
        changed(workspace);
        return saved;
    }

    /** Stops (true) or resumes (false) matching with the query, keeping it; idempotent. */
    @Transactional
    public TrackingQuery setPaused(WorkspaceId workspace, TrackingQueryId id, boolean paused) {
        var existing = get(workspace, id);
        if (existing.paused() == paused) {
            return existing;
        }
        var saved = existing.withPaused(paused, clock.instant());
        repository.update(workspace, saved);
        changed(workspace);
        return saved;
    }

    /**
     * Marks the query as tracking a competitor (true) or the workspace's own brand (false, the default); share
     * of voice sets the two against each other. Matching is unaffected.
     */
    @Transactional
    public void setCompetitor(WorkspaceId workspace, TrackingQueryId id, boolean competitor) {
        if (!repository.setCompetitor(workspace, id, competitor)) {
            throw new TrackingQueryNotFound(id);
        }
    }

    /** The workspace's queries marked as competitors. */
    public java.util.Set<TrackingQueryId> competitors(WorkspaceId workspace) {
        return repository.competitors(workspace);
    }

    /**
     * What {@code query} would have matched among the workspace's posts of the last 30 days.
     *
     * @throws InvalidTrackingQuery when the query does not parse
     */
    public QueryPreview preview(WorkspaceId workspace, String query) {
        return previewer.preview(workspace, CompiledQuery.compile(parse(query)));
    }

    @Transactional
    public void delete(WorkspaceId workspace, TrackingQueryId id) {
        if (!repository.delete(workspace, id)) {
            throw new TrackingQueryNotFound(id);
        }
        changed(workspace);
    }

    /** Checks a query's syntax without saving it. */
    public void checkSyntax(String query) {
        parse(query);
    }

    private static Query parse(String query) {
        try {
            return QueryParser.parse(query);
        } catch (QuerySyntaxError e) {
            throw new InvalidTrackingQuery(e);
        }
    }

    private void changed(WorkspaceId workspace) {
        repository.bumpRevision(workspace);
        live.changed(workspace);
    }

    private void validate(WorkspaceId workspace, String name, String query, Optional<TrackingQueryId> self) {
        checkSyntax(query);
        if (repository.nameTaken(workspace, name.strip(), self)) {
            throw new DuplicateQueryName(name.strip());
        }
    }
}
