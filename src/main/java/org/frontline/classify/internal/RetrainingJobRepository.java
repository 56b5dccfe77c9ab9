package org.frontline.classify.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.frontline.classify.RetrainingJob;
import org.frontline.classify.RetrainingJob.Figure;
import org.frontline.classify.RetrainingJob.Status;
import org.frontline.shared.WorkspaceId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The classify_retraining_job and classify_retraining_figure tables; reads are scoped by workspace. */
@Repository
class RetrainingJobRepository {

    private final JdbcClient jdbc;

    RetrainingJobRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Inserts a running job. Fails with a {@code DuplicateKeyException} when the workspace already has one
     * running, on whichever node it was started.
     */
    void insertRunning(RetrainingJob job) {
        jdbc.sql("""
                        insert into classify_retraining_job (id, workspace_id, running_workspace_id, status, step, percent, started_by,
                        intent_corrections, rudeness_corrections, started_at, updated_at) values (?, ?, ?, 'RUNNING', ?, 0, ?, ?, ?, ?, ?)""")
                .params(job.id(), job.workspace().value(), job.workspace().value(), job.step(), job.startedBy(),
                        job.intentCorrections(), job.rudenessCorrections(), utc(job.startedAt()), utc(job.startedAt()))
                .update();
    }

    Optional<RetrainingJob> running(WorkspaceId workspace) {
        return jdbc.sql("select * from classify_retraining_job where running_workspace_id = ?")
                .param(workspace.value())
                .query(RetrainingJobRepository::job)
                .optional();
    }

    Optional<RetrainingJob> find(WorkspaceId workspace, UUID id) {
        return jdbc.sql("select * from classify_retraining_job where workspace_id = ? and id = ?")
                .params(workspace.value(), id)
                .query(RetrainingJobRepository::job)
                .optional()
                .map(this::withFigures);
    }

    List<RetrainingJob> recent(WorkspaceId workspace, int limit) {
        return jdbc.sql("select * from classify_retraining_job where workspace_id = ? order by started_at desc, id limit ?")
                .params(workspace.value(), limit)
                .query(RetrainingJobRepository::job)
                .list()
                .stream()
                .map(this::withFigures)
                .toList();
    }

    void progress(UUID id, String step, int percent, Instant now) {
        jdbc.sql("update classify_retraining_job set step = ?, percent = ?, updated_at = ? where id = ? and status = 'RUNNING'")
                .params(step, percent, utc(now), id)
                .update();
    }

    void figures(UUID id, List<Figure> figures) {
        for (var i = 0; i < figures.size(); i++) {
            var f = figures.get(i);
            jdbc.sql("""
                            insert into classify_retraining_figure (job_id, position, set_name, corrections, posts, macro_f1_before,
                            macro_f1_after, accuracy_before, accuracy_after) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, i, f.set(), f.corrections(), f.posts(), f.macroF1Before(), f.macroF1After(), f.accuracyBefore(),
                            f.accuracyAfter())
                    .update();
        }
    }

    /** Ends a running job; a job already ended (for example declared stale) is left as it is. */
    boolean finish(UUID id, Status status, String step, @Nullable String message, Instant now) {
        return jdbc.sql("""
                        update classify_retraining_job set status = ?, step = ?, percent = case when ? then 100 else percent end,
                        message = ?, running_workspace_id = null, updated_at = ?, finished_at = ? where id = ? and status = 'RUNNING'""")
                .params(status.name(), step, status == Status.DONE, message, utc(now), utc(now), id)
                .update() == 1;
    }

    /** Running jobs that reported no progress since {@code before}: the process running them has stopped. */
    List<RetrainingJob> silentSince(Instant before) {
        return jdbc.sql("select * from classify_retraining_job where status = 'RUNNING' and updated_at < ?")
                .param(utc(before))
                .query(RetrainingJobRepository::job)
                .list();
    }

    private RetrainingJob withFigures(RetrainingJob job) {
        var figures = jdbc.sql("select * from classify_retraining_figure where job_id = ? order by position")
                .param(job.id())
                .query((rs, i) -> new Figure(rs.getString("set_name"), rs.getBoolean("corrections"), rs.getInt("posts"),
                        rs.getDouble("macro_f1_before"), rs.getDouble("macro_f1_after"), rs.getDouble("accuracy_before"),
                        rs.getDouble("accuracy_after")))
                .list();
        return new RetrainingJob(job.id(), job.workspace(), job.status(), job.step(), job.percent(), job.startedBy(),
                job.intentCorrections(), job.rudenessCorrections(), job.message(), job.startedAt(), job.finishedAt(), figures);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static RetrainingJob job(ResultSet rs, int row) throws SQLException {
        var finished = rs.getObject("finished_at", OffsetDateTime.class);
        return new RetrainingJob(
                rs.getObject("id", UUID.class),
                new WorkspaceId(rs.getObject("workspace_id", UUID.class)),
                Status.valueOf(rs.getString("status")),
                rs.getString("step"),
                rs.getInt("percent"),
                rs.getString("started_by"),
                rs.getInt("intent_corrections"),
                rs.getInt("rudeness_corrections"),
                rs.getString("message"),
                rs.getObject("started_at", OffsetDateTime.class).toInstant(),
                finished == null ? null : finished.toInstant(),
                List.of());
    }
}
