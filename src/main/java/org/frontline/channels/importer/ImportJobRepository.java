package org.frontline.channels.importer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.frontline.shared.WorkspaceId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The import_job and import_error tables, scoped by workspace. */
@Repository
class ImportJobRepository {

    private final JdbcClient jdbc;

    ImportJobRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(ImportJob job, Instant now) {
        jdbc.sql("""
                        insert into import_job (id, workspace_id, file_name, file_path, format, status, bytes_total, bytes_done,
                        lines_done, posts_stored, errors, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0, ?, ?)""")
                .params(job.id(), job.workspace().value(), job.fileName(), job.filePath(), job.format().name(), job.status().name(),
                        job.bytesTotal(), utc(now), utc(now))
                .update();
    }

    Optional<ImportJob> find(WorkspaceId workspace, UUID id) {
        return jdbc.sql("select * from import_job where workspace_id = ? and id = ?")
                .params(workspace.value(), id)
                .query(ImportJobRepository::job)
                .optional();
    }

    /** The unfinished job of this workspace for the same file and size, to resume rather than start over. */
    Optional<ImportJob> findUnfinished(WorkspaceId workspace, String filePath, long bytesTotal) {
        return jdbc.sql("select * from import_job where workspace_id = ? and file_path = ? and bytes_total = ? and status <> 'DONE'"
                        + " order by created_at desc limit 1")
                .params(workspace.value(), filePath, bytesTotal)
                .query(ImportJobRepository::job)
                .optional();
    }

    List<ImportJob> running() {
        return jdbc.sql("select * from import_job where status = 'RUNNING'").query(ImportJobRepository::job).list();
    }

    List<ImportJob> recent(WorkspaceId workspace, int limit) {
        return jdbc.sql("select * from import_job where workspace_id = ? order by created_at desc limit ?")
                .params(workspace.value(), limit)
                .query(ImportJobRepository::job)
                .list();
    }

    void progress(UUID id, long bytesDone, long linesDone, long newPosts, List<ImportLineError> errors, Instant now) {
        for (var error : errors) {
            jdbc.sql("insert into import_error (job_id, line_number, reason) values (?, ?, ?)")
                    .params(id, error.line(), error.reason())
                    .update();
        }
        jdbc.sql("""
                        update import_job set bytes_done = ?, lines_done = ?, posts_stored = posts_stored + ?, errors = errors + ?,
                        updated_at = ? where id = ?""")
                .params(bytesDone, linesDone, newPosts, errors.size(), utc(now), id)
                .update();
    }

    void finish(UUID id, ImportJob.Status status, @Nullable String message, Instant now) {
        jdbc.sql("update import_job set status = ?, message = ?, updated_at = ? where id = ?")
                .params(status.name(), message, utc(now), id)
                .update();
    }

    void restart(UUID id, Instant now) {
        jdbc.sql("update import_job set status = 'RUNNING', message = null, updated_at = ? where id = ?").params(utc(now), id).update();
    }

    List<ImportLineError> errors(WorkspaceId workspace, UUID id, int limit) {
        return jdbc.sql("""
                        select e.line_number, e.reason from import_error e join import_job j on j.id = e.job_id
                        where j.workspace_id = ? and e.job_id = ? order by e.line_number limit ?""")
                .params(workspace.value(), id, limit)
                .query((rs, i) -> new ImportLineError(rs.getLong("line_number"), rs.getString("reason")))
                .list();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static ImportJob job(ResultSet rs, int row) throws SQLException {
        return new ImportJob(
                rs.getObject("id", UUID.class),
                new WorkspaceId(rs.getObject("workspace_id", UUID.class)),
                rs.getString("file_name"),
                rs.getString("file_path"),
                ImportFormat.valueOf(rs.getString("format")),
                ImportJob.Status.valueOf(rs.getString("status")),
                rs.getLong("bytes_total"),
                rs.getLong("bytes_done"),
                rs.getLong("lines_done"),
                rs.getLong("posts_stored"),
                rs.getLong("errors"),
                rs.getString("message"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
