package org.frontline.metrics.internal;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.frontline.workspaces.WorkspaceTimeZoneChanged;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Re-cuts a workspace's daily rows when it changes time zone: until this has run, dashboards in the new zone read
 * hourly rows (slower, still right), since daily rows are used only for the zone recorded with them.
 *
 * <p>On PostgreSQL the zone record is locked exclusively first: a listener reads it (and holds that lock until it
 * commits) before writing daily rows, so each listener's increments are either already in the hourly rows this
 * rebuild reads or written afterwards into the new zone's days, never lost between the two.
 */
@Component
class DailyRebuild {

    private final DataSource dataSource;
    private final DailyZones zones;

    DailyRebuild(DataSource dataSource, DailyZones zones) {
        this.dataSource = dataSource;
        this.zones = zones;
    }

    @ApplicationModuleListener
    void on(WorkspaceTimeZoneChanged event) throws SQLException {
        var connection = DataSourceUtils.getConnection(dataSource);
        if (connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
            try (var lock = connection.createStatement()) {
                lock.execute("lock table metrics_daily_zone in access exclusive mode");
            }
        }
        if (!zones.zoneOf(event.workspace()).normalized().equals(event.zone().normalized())) {
            DailyBackfill.rebuild(connection, event.workspace().value(), event.zone());
        }
    }
}
