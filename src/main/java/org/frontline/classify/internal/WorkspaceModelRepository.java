package org.frontline.classify.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.frontline.shared.WorkspaceId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The classify_workspace_model table: a workspace's retrained models, stored as {@link LinearModel#save} writes them. */
@Repository
class WorkspaceModelRepository {

    record Stored(ModelVersion version, Models models) {}

    private final JdbcClient jdbc;

    WorkspaceModelRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ModelVersion> version(WorkspaceId workspace) {
        return jdbc.sql("select job_id, trained_at from classify_workspace_model where workspace_id = ?")
                .param(workspace.value())
                .query((rs, i) -> new ModelVersion(rs.getObject("job_id", UUID.class), rs.getObject("trained_at", OffsetDateTime.class).toInstant()))
                .optional();
    }

    Optional<Stored> find(WorkspaceId workspace) {
        return jdbc.sql("select job_id, trained_at, intent, rudeness from classify_workspace_model where workspace_id = ?")
                .param(workspace.value())
                .query((rs, i) -> new Stored(
                        new ModelVersion(rs.getObject("job_id", UUID.class), rs.getObject("trained_at", OffsetDateTime.class).toInstant()),
                        new Models(LinearModel.load(new ByteArrayInputStream(rs.getBytes("intent"))),
                                LinearModel.load(new ByteArrayInputStream(rs.getBytes("rudeness"))))))
                .optional();
    }

    /** Replaces the workspace's models; the old ones stay until this commits. */
    void save(WorkspaceId workspace, ModelVersion version, Models models) {
        var intent = bytes(models.intent());
        var rudeness = bytes(models.rudeness());
        jdbc.sql("delete from classify_workspace_model where workspace_id = ?").param(workspace.value()).update();
        jdbc.sql("insert into classify_workspace_model (workspace_id, job_id, intent, rudeness, trained_at) values (?, ?, ?, ?, ?)")
                .params(workspace.value(), version.job(), intent, rudeness, version.trainedAt().atOffset(ZoneOffset.UTC))
                .update();
    }

    private static byte[] bytes(LinearModel model) {
        var out = new ByteArrayOutputStream();
        model.save(out);
        return out.toByteArray();
    }
}
