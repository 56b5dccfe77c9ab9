package org.frontline.metrics.internal;

import java.time.Instant;
import java.time.ZoneId;
import org.frontline.shared.WorkspaceId;
import org.frontline.workspaces.WorkspaceTimeZones;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The zone a workspace's daily rollup rows are kept in: the workspace's zone when its first daily row was
 * written (or when they were last rebuilt, see {@link DailyRebuild}). Kept apart from the workspace's setting so
 * that every daily row of a workspace uses the same days even while a zone change is being applied.
 */
@Component
public class DailyZones {

    private final JdbcClient jdbc;
    private final WorkspaceTimeZones zones;

    DailyZones(JdbcClient jdbc, WorkspaceTimeZones zones) {
        this.jdbc = jdbc;
        this.zones = zones;
    }

    /**
     * Never null; records the workspace's current zone when none is recorded yet. Inside a transaction it is read
     * once and kept until the transaction ends, so every daily row a listener writes uses the same days.
     */
    public ZoneId zoneOf(WorkspaceId workspace) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return read(workspace);
        }
        var key = "metrics.daily-zone." + workspace.value();
        var held = (ZoneId) TransactionSynchronizationManager.getResource(key);
        if (held != null) {
            return held;
        }
        var zone = read(workspace);
        TransactionSynchronizationManager.bindResource(key, zone);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(key);
            }
        });
        return zone;
    }

    private ZoneId read(WorkspaceId workspace) {
        var recorded = recorded(workspace);
        if (recorded != null) {
            return recorded;
        }
        jdbc.sql("insert into metrics_daily_zone (workspace_id, zone) values (?, ?) on conflict do nothing")
                .params(workspace.value(), zones.zoneOf(workspace).getId())
                .update();
        return java.util.Objects.requireNonNull(recorded(workspace));
    }

    private @org.jspecify.annotations.Nullable ZoneId recorded(WorkspaceId workspace) {
        return jdbc.sql("select zone from metrics_daily_zone where workspace_id = ?")
                .param(workspace.value())
                .query(String.class)
                .optional()
                .map(ZoneId::of)
                .orElse(null);
    }

    /** The instant the local day of {@code at} begins in {@code zone} (not always a midnight: DST may skip it). */
    public static Instant dayOf(Instant at, ZoneId zone) {
        return at.atZone(zone).toLocalDate().atStartOfDay(zone).toInstant();
    }
}
