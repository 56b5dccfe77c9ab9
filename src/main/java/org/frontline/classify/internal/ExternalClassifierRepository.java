package org.frontline.classify.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.frontline.shared.WorkspaceId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The classify_external_classifier table: one row per workspace that configured one. */
@Repository
class ExternalClassifierRepository {

    /** A stored row; the API key stays sealed here. */
    record Row(boolean enabled, String baseUrl, String model, @Nullable String apiKeySealed, Duration timeout) {}

    private final JdbcClient jdbc;

    ExternalClassifierRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Row> find(WorkspaceId workspace) {
        return jdbc.sql("select enabled, base_url, model, api_key_sealed, timeout_ms from classify_external_classifier"
                        + " where workspace_id = :w")
                .param("w", workspace.value())
                .query((rs, n) -> new Row(rs.getBoolean(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        Duration.ofMillis(rs.getInt(5))))
                .optional();
    }

    void save(WorkspaceId workspace, Row row, Instant now) {
        var updated = jdbc.sql("update classify_external_classifier set enabled = :e, base_url = :u, model = :m,"
                        + " api_key_sealed = :k, timeout_ms = :t, updated_at = :at where workspace_id = :w")
                .param("e", row.enabled()).param("u", row.baseUrl()).param("m", row.model())
                .param("k", row.apiKeySealed()).param("t", (int) row.timeout().toMillis())
                .param("at", Timestamp.from(now)).param("w", workspace.value())
                .update();
        if (updated == 0) {
            jdbc.sql("insert into classify_external_classifier (workspace_id, enabled, base_url, model, api_key_sealed,"
                            + " timeout_ms, updated_at) values (:w, :e, :u, :m, :k, :t, :at)")
                    .param("w", workspace.value()).param("e", row.enabled()).param("u", row.baseUrl())
                    .param("m", row.model()).param("k", row.apiKeySealed()).param("t", (int) row.timeout().toMillis())
                    .param("at", Timestamp.from(now))
                    .update();
        }
    }
}
