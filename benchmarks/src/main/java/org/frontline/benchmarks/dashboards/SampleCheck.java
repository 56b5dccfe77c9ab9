package org.frontline.benchmarks.dashboards;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Checks rollups against GROUP BY over the per-event rows on a sample of hours: 50 random hours of the generated
 * year (bulk-built) and the hours the ingest load went through (maintained incrementally by the application's
 * listeners). Counts per hour and channel of the "any query" row, and classified mentions with their negatives.
 */
final class SampleCheck {

    private static final String ROLLUP = "select coalesce(sum(mentions), 0) from metrics_mention_hourly where workspace_id = ? and bucket = ?"
            + " and query_id = '00000000-0000-0000-0000-000000000000'";
    private static final String RAW = "select count(*) from metrics_mention_fact where workspace_id = ? and occurred_at >= ? and occurred_at < ?";
    private static final String SIGNAL_ROLLUP = "select coalesce(sum(mentions), 0) * 1000000 + coalesce(sum(negative), 0) from metrics_signal_hourly"
            + " where workspace_id = ? and bucket = ? and query_id = '00000000-0000-0000-0000-000000000000'";
    private static final String SIGNAL_RAW = "select count(*) * 1000000 + coalesce(sum(case when s.sentiment <= -0.05 then 1 else 0 end), 0)"
            + " from metrics_mention_fact m join metrics_signal_fact s on s.workspace_id = m.workspace_id and s.post_id = m.post_id"
            + " where m.workspace_id = ? and m.occurred_at >= ? and m.occurred_at < ?";

    private SampleCheck() {}

    static void run(Connection connection, UUID workspace, Instant end) throws SQLException {
        var random = new java.util.SplittableRandom(7);
        int equal = 0;
        int checked = 0;
        for (int i = 0; i < 52; i++) {
            var hour = i < 50 ? end.minus(Duration.ofHours(1 + random.nextInt(365 * 24))) : end.plus(Duration.ofHours(i - 50));
            checked++;
            var same = value(connection, ROLLUP, workspace, hour, false) == value(connection, RAW, workspace, hour, true)
                    && value(connection, SIGNAL_ROLLUP, workspace, hour, false) == value(connection, SIGNAL_RAW, workspace, hour, true);
            if (same) {
                equal++;
            } else {
                DashboardScaleHarness.log("rollup differs from GROUP BY at %s", hour);
            }
        }
        DashboardScaleHarness.log("sample check: %d of %d hours equal (50 bulk-built, 2 maintained by the application under the ingest load)",
                equal, checked);
    }

    private static long value(Connection connection, String sql, UUID workspace, Instant hour, boolean range) throws SQLException {
        try (var statement = connection.prepareStatement(sql)) {
            statement.setObject(1, workspace);
            statement.setObject(2, hour.atOffset(ZoneOffset.UTC));
            if (range) {
                statement.setObject(3, hour.plus(Duration.ofHours(1)).atOffset(ZoneOffset.UTC));
            }
            try (var rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
