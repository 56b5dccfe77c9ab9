package org.frontline.channels.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.frontline.shared.WorkspaceId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How each source is doing: when it last worked, its last error, how many posts it brought and its lag
 * (time since the last success). One row per source, written by the source's own code after each run.
 */
@Component
public class SourceHealth {

    /** A source's health as the Channels page shows it. Errors are reasons written for people. */
    public record Status(
            @Nullable Instant lastSuccessAt, @Nullable String lastError, @Nullable Instant lastErrorAt, long items, @Nullable Duration lag) {

        public boolean failing() {
            return lastErrorAt != null && (lastSuccessAt == null || lastErrorAt.isAfter(lastSuccessAt));
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    SourceHealth(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records a successful run that brought {@code newItems} posts. */
    public void success(WorkspaceId workspace, SourceKind kind, UUID source, long newItems) {
        ensure(workspace, kind, source);
        jdbc.sql("update channel_health set last_success_at = ?, items = items + ? where kind = ? and source_id = ?")
                .params(now(), newItems, kind.wireName(), source)
                .update();
    }

    /** Records a failed run; {@code reason} is shown on the Channels page as it is. */
    public void failure(WorkspaceId workspace, SourceKind kind, UUID source, String reason) {
        ensure(workspace, kind, source);
        jdbc.sql("update channel_health set last_error = ?, last_error_at = ? where kind = ? and source_id = ?")
                .params(reason.length() > 1000 ? reason.substring(0, 1000) : reason, now(), kind.wireName(), source)
                .update();
    }

    public Status of(WorkspaceId workspace, SourceKind kind, UUID source) {
        return find(workspace, kind, source).orElse(new Status(null, null, null, 0, null));
    }

    private Optional<Status> find(WorkspaceId workspace, SourceKind kind, UUID source) {
        return jdbc.sql("select last_success_at, last_error, last_error_at, items from channel_health"
                        + " where workspace_id = ? and kind = ? and source_id = ?")
                .params(workspace.value(), kind.wireName(), source)
                .query((rs, i) -> {
                    var success = instant(rs.getObject("last_success_at", OffsetDateTime.class));
                    var lag = success == null ? null : Duration.between(success, clock.instant());
                    return new Status(success, rs.getString("last_error"), instant(rs.getObject("last_error_at", OffsetDateTime.class)),
                            rs.getLong("items"), lag);
                })
                .optional();
    }

    private void ensure(WorkspaceId workspace, SourceKind kind, UUID source) {
        var exists = jdbc.sql("select count(*) from channel_health where kind = ? and source_id = ?")
                .params(kind.wireName(), source)
                .query(Long.class)
                .single();
        if (exists == 0) {
            jdbc.sql("insert into channel_health (workspace_id, kind, source_id, items) values (?, ?, ?, 0)")
                    .params(workspace.value(), kind.wireName(), source)
                    .update();
        }
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }

    private static @Nullable Instant instant(@Nullable OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
