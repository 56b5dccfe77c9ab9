package org.frontline.matching.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
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
        return jdbc.sql("select id, name, query, created_at, updated_at from tracking_query where workspace_id = ? order by name")
                .param(workspace.value())
                .query(TrackingQueryRepository::row)
                .list();
    }

    public List<TrackingQuery> findAll(WorkspaceId workspace, Collection<TrackingQueryId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id, name, query, created_at, updated_at from tracking_query"
                        + " where workspace_id = :workspace and id in (:ids)")
                .param("workspace", workspace.value())
                .param("ids", ids.stream().map(TrackingQueryId::value).toList())
                .query(TrackingQueryRepository::row)
                .list();
    }

    public Optional<TrackingQuery> find(WorkspaceId workspace, TrackingQueryId id) {
        return jdbc.sql("select id, name, query, created_at, updated_at from tracking_query where workspace_id = ? and id = ?")
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
        jdbc.sql("insert into tracking_query (id, workspace_id, name, query, created_at, updated_at) values (?, ?, ?, ?, ?, ?)")
                .params(query.id().value(), workspace.value(), query.name(), query.query(), utc(query.createdAt()), utc(query.updatedAt()))
                .update();
    }

    public boolean update(WorkspaceId workspace, TrackingQuery query) {
        return jdbc.sql("update tracking_query set name = ?, query = ?, updated_at = ? where workspace_id = ? and id = ?")
                        .params(query.name(), query.query(), utc(query.updatedAt()), workspace.value(), query.id().value())
                        .update()
                == 1;
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
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }
}
