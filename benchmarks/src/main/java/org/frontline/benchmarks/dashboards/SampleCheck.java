package org.frontline.benchmarks.dashboards;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Checks rollups against GROUP BY over the per-event rows: 50 random hours and 20 random (UTC) days of the
 * generated year (bulk-built, or built by the upgrade's backfill), and every hour and the day(s) the ingest load
 * went through (maintained incrementally by the application's listeners). Per hour and per day: mentions of the
 * "any query" row, classified mentions with their negatives, mentions per tracking query against the query links; per day also the first responses in the time
 * histogram against the first response facts.
 */
final class SampleCheck {

    private static final String ANY = "'00000000-0000-0000-0000-000000000000'";
    private static final String RAW_MENTIONS = "select count(*) from metrics_mention_fact where workspace_id = ? and occurred_at >= ? and occurred_at < ?";
    private static final String RAW_SIGNALS = "select count(*) * 1000000 + coalesce(sum(case when s.sentiment <= -0.05 then 1 else 0 end), 0)"
            + " from metrics_mention_fact m join metrics_signal_fact s on s.workspace_id = m.workspace_id and s.post_id = m.post_id"
            + " where m.workspace_id = ? and m.occurred_at >= ? and m.occurred_at < ?";
    // Query links: the generated ones, and those the pipeline stored for the posts ingested while measuring.
    private static final String RAW_QUERY_MENTIONS = "select (select count(*) from bench_mention_query where workspace_id = ? and occurred_at >= ?"
            + " and occurred_at < ?) + (select count(*) from metrics_mention_query q join metrics_mention_fact m on m.workspace_id = q.workspace_id"
            + " and m.post_id = q.post_id where m.workspace_id = ? and m.occurred_at >= ? and m.occurred_at < ?)";
    private static final String RAW_RESPONSES = "select count(*) from metrics_first_response where workspace_id = ? and responded_at >= ?"
            + " and responded_at < ?";

    private record Check(String what, String rollup, String raw) {}

    private static final List<Check> HOURLY = List.of(
            new Check("mentions", "select coalesce(sum(mentions), 0) from metrics_mention_hourly where workspace_id = ? and bucket >= ?"
                    + " and bucket < ? and query_id = " + ANY, RAW_MENTIONS),
            new Check("signals", "select coalesce(sum(mentions), 0) * 1000000 + coalesce(sum(negative), 0) from metrics_signal_hourly"
                    + " where workspace_id = ? and bucket >= ? and bucket < ? and query_id = " + ANY, RAW_SIGNALS),
            new Check("query mentions", "select coalesce(sum(mentions), 0) from metrics_mention_hourly where workspace_id = ? and bucket >= ?"
                    + " and bucket < ? and query_id <> " + ANY, RAW_QUERY_MENTIONS));

    private static final List<Check> DAILY = List.of(
            new Check("mentions", "select coalesce(sum(mentions), 0) from metrics_mention_daily where workspace_id = ? and bucket >= ?"
                    + " and bucket < ? and query_id = " + ANY, RAW_MENTIONS),
            new Check("signals", "select coalesce(sum(mentions), 0) * 1000000 + coalesce(sum(negative), 0) from metrics_signal_daily"
                    + " where workspace_id = ? and bucket >= ? and bucket < ? and query_id = " + ANY, RAW_SIGNALS),
            new Check("query mentions", "select coalesce(sum(mentions), 0) from metrics_mention_daily where workspace_id = ? and bucket >= ?"
                    + " and bucket < ? and query_id <> " + ANY, RAW_QUERY_MENTIONS),
            new Check("first responses", "select coalesce(sum(cases), 0) from metrics_duration_daily where workspace_id = ? and bucket >= ?"
                    + " and bucket < ? and kind = 'first_response'", RAW_RESPONSES));

    private SampleCheck() {}

    static void run(Connection connection, UUID workspace, Instant end, Instant liveFrom, Instant liveTo) throws SQLException {
        var random = new java.util.SplittableRandom(7);
        var hours = new ArrayList<Instant>();
        for (int i = 0; i < 50; i++) {
            hours.add(end.minus(Duration.ofHours(1 + random.nextInt(365 * 24))));
        }
        var live = 0;
        for (var hour = liveFrom.truncatedTo(ChronoUnit.HOURS); hour.isBefore(liveTo); hour = hour.plus(Duration.ofHours(1)), live++) {
            hours.add(hour);
        }
        var days = new ArrayList<Instant>();
        for (int i = 0; i < 20; i++) {
            days.add(end.truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(1 + random.nextInt(364))));
        }
        var liveDays = 0;
        for (var day = liveFrom.truncatedTo(ChronoUnit.DAYS); day.isBefore(liveTo); day = day.plus(Duration.ofDays(1)), liveDays++) {
            days.add(day);
        }
        var equalHours = equal(connection, workspace, hours, Duration.ofHours(1), HOURLY);
        var equalDays = equal(connection, workspace, days, Duration.ofDays(1), DAILY);
        DashboardScaleHarness.log("sample check: %d of %d hours equal (50 random, %d under the ingest load); %d of %d days equal"
                + " (20 random, %d with the ingest load)", equalHours, hours.size(), live, equalDays, days.size(), liveDays);
    }

    private static int equal(Connection connection, UUID workspace, List<Instant> starts, Duration length, List<Check> checks) throws SQLException {
        var equal = 0;
        for (var start : starts) {
            var same = true;
            for (var check : checks) {
                same &= same(connection, workspace, start, length, check);
            }
            equal += same ? 1 : 0;
        }
        return equal;
    }

    /**
     * Rollup and GROUP BY are two statements: a listener may commit between them while the pipeline still drains,
     * so a difference is read again (up to a minute) before it counts.
     */
    private static boolean same(Connection connection, UUID workspace, Instant start, Duration length, Check check) throws SQLException {
        for (int attempt = 0; ; attempt++) {
            var rollup = value(connection, check.rollup(), workspace, start, length);
            var raw = value(connection, check.raw(), workspace, start, length);
            if (rollup == raw) {
                return true;
            }
            if (attempt == 6) {
                DashboardScaleHarness.log("%s differ at %s + %s: rollup %d, GROUP BY %d", check.what(), start, length, rollup, raw);
                return false;
            }
            try {
                Thread.sleep(Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    private static long value(Connection connection, String sql, UUID workspace, Instant start, Duration length) throws SQLException {
        try (var statement = connection.prepareStatement(sql)) {
            // Each sub-select takes the same three parameters: workspace, start, end.
            for (int i = 0; i < statement.getParameterMetaData().getParameterCount(); i++) {
                statement.setObject(i + 1, switch (i % 3) {
                    case 0 -> workspace;
                    case 1 -> start.atOffset(ZoneOffset.UTC);
                    default -> start.plus(length).atOffset(ZoneOffset.UTC);
                });
            }
            try (var rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
