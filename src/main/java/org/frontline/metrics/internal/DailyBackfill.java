package org.frontline.metrics.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.frontline.metrics.internal.DurationBins.Bin;

/**
 * Builds a workspace's daily rows from what is already stored: each rollup's daily rows from its hourly rows (an
 * hour goes to the local day its start falls in, which is exact wherever local days begin on a whole UTC hour),
 * the time histograms from the first response and resolution facts (exact in every zone). Runs on a plain
 * connection inside the caller's transaction: the upgrade migration and a zone change use it.
 */
public final class DailyBackfill {

    private DailyBackfill() {}

    /** Every workspace, in the zone it has set: the upgrade to daily rollups. */
    public static void all(Connection connection) throws SQLException {
        var zones = new LinkedHashMap<UUID, ZoneId>();
        try (var select = connection.prepareStatement("select id, time_zone from workspace"); var rows = select.executeQuery()) {
            while (rows.next()) {
                zones.put(rows.getObject(1, UUID.class), ZoneId.of(rows.getString(2)));
            }
        }
        for (var workspace : zones.entrySet()) {
            rebuild(connection, workspace.getKey(), workspace.getValue());
        }
    }

    /** Replaces the workspace's daily rows with rows for the days of {@code zone}, and records that zone. */
    public static void rebuild(Connection connection, UUID workspace, ZoneId zone) throws SQLException {
        update(connection, "delete from metrics_daily_zone where workspace_id = ?", workspace);
        update(connection, "insert into metrics_daily_zone (workspace_id, zone) values (?, ?)", workspace, zone.getId());
        for (var rollup : Rollup.values()) {
            update(connection, "delete from " + rollup.daily() + " where workspace_id = ?", workspace);
            fromHours(connection, rollup, workspace, zone);
        }
        histograms(connection, workspace, zone);
    }

    /** Replaces the workspace's time histograms with ones built from its facts, and its workspace-wide ones from those. */
    public static void histograms(Connection connection, UUID workspace, ZoneId zone) throws SQLException {
        update(connection, "delete from metrics_duration_daily where workspace_id = ?", workspace);
        for (var kind : DurationHistogram.Kind.values()) {
            durations(connection, kind, workspace, zone);
        }
        if (!hasTable(connection, "metrics_duration_workspace_daily")) {
            // The V126 backfill of an older database runs before V145 creates the table; V145 then fills it.
            return;
        }
        update(connection, "delete from metrics_duration_workspace_daily where workspace_id = ?", workspace);
        update(connection, "insert into metrics_duration_workspace_daily (workspace_id, bucket, kind, bin, cases, min_seconds, max_seconds)"
                + " select workspace_id, bucket, kind, bin, sum(cases), min(min_seconds), max(max_seconds) from metrics_duration_daily"
                + " where workspace_id = ? group by workspace_id, bucket, kind, bin", workspace);
    }

    private static void fromHours(Connection connection, Rollup rollup, UUID workspace, ZoneId zone) throws SQLException {
        Instant first;
        Instant last;
        try (var range = connection.prepareStatement("select min(bucket), max(bucket) from " + rollup.hourly() + " where workspace_id = ?")) {
            range.setObject(1, workspace);
            try (var rs = range.executeQuery()) {
                rs.next();
                var min = rs.getObject(1, OffsetDateTime.class);
                if (min == null) {
                    return;
                }
                first = min.toInstant();
                last = rs.getObject(2, OffsetDateTime.class).toInstant();
            }
        }
        var dimensions = String.join(", ", rollup.dimensions());
        var columns = new ArrayList<>(rollup.keyColumns());
        columns.addAll(rollup.counters());
        columns.addAll(rollup.labels());
        var sums = new ArrayList<String>();
        rollup.counters().forEach(c -> sums.add("sum(" + c + ")"));
        rollup.labels().forEach(l -> sums.add("max(" + l + ")"));
        var sql = "insert into " + rollup.daily() + " (" + String.join(", ", columns) + ") select workspace_id, ?, " + dimensions + ", "
                + String.join(", ", sums) + " from " + rollup.hourly() + " where workspace_id = ? and bucket >= ? and bucket < ?"
                + " group by workspace_id, " + dimensions;
        try (var insert = connection.prepareStatement(sql)) {
            for (var day = DailyZones.dayOf(first, zone); !day.isAfter(last); ) {
                var next = DailyZones.dayOf(day.plus(36, ChronoUnit.HOURS), zone);
                insert.setObject(1, utc(day));
                insert.setObject(2, workspace);
                insert.setObject(3, utc(day));
                insert.setObject(4, utc(next));
                insert.addBatch();
                day = next;
            }
            insert.executeBatch();
        }
    }

    private record Key(Instant day, String channel, UUID team, String lang, int bin) {}

    private static void durations(Connection connection, DurationHistogram.Kind kind, UUID workspace, ZoneId zone) throws SQLException {
        var bins = new HashMap<Key, Bin>();
        try (var select = connection.prepareStatement("select " + kind.at + ", channel, team_id, lang, seconds from " + kind.facts
                + " where workspace_id = ?")) {
            select.setFetchSize(10_000);
            select.setObject(1, workspace);
            try (var rs = select.executeQuery()) {
                while (rs.next()) {
                    var seconds = Math.max(0, rs.getLong(5));
                    var bin = DurationBins.binOf(seconds, kind.resolution);
                    var key = new Key(DailyZones.dayOf(rs.getObject(1, OffsetDateTime.class).toInstant(), zone), rs.getString(2),
                            rs.getObject(3, UUID.class), rs.getString(4), bin);
                    bins.merge(key, new Bin(bin, 1, seconds, seconds), Bin::merge);
                }
            }
        }
        try (var insert = connection.prepareStatement("insert into metrics_duration_daily (workspace_id, bucket, channel, team_id, lang, kind,"
                + " bin, cases, min_seconds, max_seconds) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            var pending = 0;
            for (Map.Entry<Key, Bin> entry : bins.entrySet()) {
                var key = entry.getKey();
                var bin = entry.getValue();
                var values = List.<Object>of(workspace, utc(key.day()), key.channel(), key.team(), key.lang(), kind.wireName, bin.bin(),
                        bin.cases(), bin.min(), bin.max());
                for (int i = 0; i < values.size(); i++) {
                    insert.setObject(i + 1, values.get(i));
                }
                insert.addBatch();
                if (++pending % 5_000 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
    }

    private static boolean hasTable(Connection connection, String table) throws SQLException {
        try (var tables = connection.getMetaData().getTables(null, connection.getSchema(), table, null)) {
            return tables.next();
        }
    }

    private static void update(Connection connection, String sql, Object... values) throws SQLException {
        try (var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
