package org.frontline.benchmarks.dashboards;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.frontline.metrics.internal.DailyBackfill;

/**
 * Builds the service hourly rollups from the per-event rows in bulk, bucketed exactly as the application's
 * listeners do (UTC hours; a case enters "new" when opened and each status change moves one case; survey highs and
 * lows as {@code SurveyQuestion}); the listening hourly rollups are counted by {@link ScaleData} while generating.
 * The daily rollups and time histograms are then built by the application's {@link DailyBackfill}.
 * {@link SampleCheck} compares a sample of hours and days with GROUP BY over the per-event rows.
 */
final class BulkRollups {

    private static final List<String> STATEMENTS = List.of(
            "insert into metrics_backlog_delta (workspace_id, bucket, channel, status, delta)"
                    + " select workspace_id, bucket, channel, status, sum(delta) from ("
                    + "   select workspace_id, date_trunc('hour', opened_at) as bucket, channel, 'new' as status, 1 as delta from metrics_case_fact"
                    + "   union all select t.workspace_id, date_trunc('hour', t.changed_at), c.channel, t.to_status, 1"
                    + "   from metrics_case_transition t join metrics_case_fact c on c.workspace_id = t.workspace_id and c.case_id = t.case_id"
                    + "   union all select t.workspace_id, date_trunc('hour', t.changed_at), c.channel, t.from_status, -1"
                    + "   from metrics_case_transition t join metrics_case_fact c on c.workspace_id = t.workspace_id and c.case_id = t.case_id"
                    + " ) d group by 1, 2, 3, 4",
            "insert into metrics_survey_hourly (workspace_id, bucket, channel, question, responses, score_sum, high, low)"
                    + " select a.workspace_id, date_trunc('hour', a.answered_at), s.channel, a.question, count(*), sum(a.score),"
                    + " sum(case when (a.question = 'csat' and a.score >= 4) or (a.question = 'ces' and a.score >= 6)"
                    + "   or (a.question = 'nps' and a.score >= 9) then 1 else 0 end),"
                    + " sum(case when (a.question = 'csat' and a.score <= 2) or (a.question = 'ces' and a.score <= 3)"
                    + "   or (a.question = 'nps' and a.score <= 6) then 1 else 0 end)"
                    + " from metrics_survey_answer a join metrics_survey s on s.id = a.survey_id group by 1, 2, 3, 4");

    // A case's first resolution, as ServiceOutcomes stores it (ScaleData writes only the status change).
    private static final String RESOLUTIONS = "insert into metrics_resolution (workspace_id, case_id, channel, team_id, lang, resolved_at, seconds)"
            + " select t.workspace_id, t.case_id, c.channel, c.team_id, c.lang, min(t.changed_at),"
            + " cast(extract(epoch from min(t.changed_at) - c.opened_at) as bigint)"
            + " from metrics_case_transition t join metrics_case_fact c on c.workspace_id = t.workspace_id and c.case_id = t.case_id"
            + " where t.to_status = 'resolved' group by t.workspace_id, t.case_id, c.channel, c.team_id, c.lang, c.opened_at";

    private BulkRollups() {}

    /**
     * What a fill made before the daily rollups existed lacks (the upgrade's migration has built the daily rows
     * from the hourly ones): the resolution facts and their histogram. Does nothing on a fill that has them.
     */
    static void complete(Connection connection, UUID workspace) throws SQLException {
        try (var statement = connection.createStatement(); var rs = statement.executeQuery("select count(*) from metrics_resolution")) {
            rs.next();
            if (rs.getLong(1) > 0) {
                return;
            }
        }
        connection.setAutoCommit(false);
        try (var statement = connection.createStatement()) {
            statement.execute(RESOLUTIONS);
        }
        DailyBackfill.histograms(connection, workspace, ZoneOffset.UTC);
        connection.commit();
        connection.setAutoCommit(true);
    }

    /** Service hourly rollups by GROUP BY, then the daily ones from them with the application's own backfill. */
    static void build(Connection connection, UUID workspace) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute("set timezone = 'UTC'");
            for (var sql : STATEMENTS) {
                statement.execute(sql);
            }
            statement.execute(RESOLUTIONS);
        }
        DailyBackfill.rebuild(connection, workspace, ZoneOffset.UTC);
    }
}
