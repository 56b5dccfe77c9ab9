package org.frontline.matching.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.frontline.matching.TrackingQuery;
import org.frontline.matching.TrackingQueryId;
import org.frontline.shared.WorkspaceId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tracking_query table. Every method is scoped by workspace. */
@Repository
public class TrackingQueryRepository {

    private final JdbcClient jdbc;

    TrackingQueryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<TrackingQuery> findAll(WorkspaceId workspace) {
        return jdbc.sql("select id, name, query, created_at, updated_at, paused from tracking_query where workspace_id = ? order by name")
                .param(workspace.value())
                .query(TrackingQueryRepository::row)
                .list();
    }

    public List<TrackingQuery> findAll(WorkspaceId workspace, Collection<TrackingQueryId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id, name, query, created_at, updated_at, paused from tracking_query"
                        + " where workspace_id = :workspace and id in (:ids)")
                .param("workspace", workspace.value())
                .param("ids", ids.stream().map(TrackingQueryId::value).toList())
                .query(TrackingQueryRepository::row)
                .list();
    }

    public Optional<TrackingQuery> find(WorkspaceId workspace, TrackingQueryId id) {
        return jdbc.sql("select id, name, query, created_at, updated_at, paused from tracking_query where workspace_id = ? and id = ?")
                .params(workspace.value(), id.value())
                .query(TrackingQueryRepository::row)
                .optional();
    }

    public boolean nameTaken(WorkspaceId workspace, String name, Optional<TrackingQueryId> except) {
        return jdbc.sql("select count(*) from tracking_query where workspace_id = ? and lower(name) = lower(?) and id <> ?")
                        .params(workspace.value(), name, except.map(TrackingQueryId::value).orElse(new UUID(0, 0)))
                        .query(Long.class)
                        .single()
                > 0;
    }

    public void insert(WorkspaceId workspace, TrackingQuery query) {
        jdbc.sql("insert into tracking_query (id, workspace_id, name, query, created_at, updated_at, paused) values (?, ?, ?, ?, ?, ?, ?)")
                .params(query.id().value(), workspace.value(), query.name(), query.query(), utc(query.createdAt()), utc(query.updatedAt()), query.paused())
                .update();
    }

    public boolean update(WorkspaceId workspace, TrackingQuery query) {
        return jdbc.sql("update tracking_query set name = ?, query = ?, updated_at = ?, paused = ? where workspace_id = ? and id = ?")
                        .params(query.name(), query.query(), utc(query.updatedAt()), query.paused(), workspace.value(), query.id().value())
                        .update()
                == 1;
    }

    /** Marks a query as a competitor's (true) or the workspace's own brand (false); false when it does not exist. */
    public boolean setCompetitor(WorkspaceId workspace, TrackingQueryId id, boolean competitor) {
        return jdbc.sql("update tracking_query set competitor = ? where workspace_id = ? and id = ?")
                        .params(competitor, workspace.value(), id.value())
                        .update()
                == 1;
    }

    public java.util.Set<TrackingQueryId> competitors(WorkspaceId workspace) {
        return jdbc.sql("select id from tracking_query where workspace_id = ? and competitor")
                .param(workspace.value())
                .query((rs, i) -> new TrackingQueryId(rs.getObject("id", UUID.class)))
                .set();
    }

    /** Counts one more change to the workspace's queries; call it in the transaction that makes the change. */
    public void bumpRevision(WorkspaceId workspace) {
        int updated = jdbc.sql("update tracking_query_revision set revision = revision + 1 where workspace_id = ?")
                .param(workspace.value())
                .update();
        if (updated == 0) {
            jdbc.sql("insert into tracking_query_revision (workspace_id, revision) values (?, 1)")
                    .param(workspace.value())
                    .update();
        }
    }

    /** The revision of each given workspace's queries; 0 for a workspace whose queries never changed. */
    public Map<WorkspaceId, Long> revisions(Collection<WorkspaceId> workspaces) {
        Map<WorkspaceId, Long> revisions = new HashMap<>();
        workspaces.forEach(workspace -> revisions.put(workspace, 0L));
        if (workspaces.isEmpty()) {
            return revisions;
        }
        jdbc.sql("select workspace_id, revision from tracking_query_revision where workspace_id in (:workspaces)")
                .param("workspaces", workspaces.stream().map(WorkspaceId::value).toList())
                .query((rs, i) -> revisions.put(new WorkspaceId(rs.getObject("workspace_id", UUID.class)), rs.getLong("revision")))
                .list();
        return revisions;
    }

    public boolean delete(WorkspaceId workspace, TrackingQueryId id) {
        return jdbc.sql("delete from tracking_query where workspace_id = ? and id = ?")
                        .params(workspace.value(), id.value())
                        .update()
                == 1;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static TrackingQuery row(ResultSet rs, int i) throws SQLException {
        return new TrackingQuery(
                new TrackingQueryId(rs.getObject("id", UUID.class)),
                rs.getString("name"),
                rs.getString("query"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
                rs.getBoolean("paused"));
    }
}
