package org.frontline.benchmarks.dashboards;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * The same figures as each dashboard, computed by GROUP BY over the per-event rows instead of the rollups: the
 * baseline of the ×50 comparison. Each method runs every statement its dashboard needs and reads all rows.
 */
final class RawFigures {

    private static final String LISTENING_BY_CHANNEL = "select date_trunc('day', occurred_at), channel, count(*) from metrics_mention_fact"
            + " where workspace_id = ? and occurred_at >= ? and occurred_at < ? group by 1, 2";
    private static final String LISTENING_BY_QUERY = "select date_trunc('day', occurred_at), query_id, count(*) from bench_mention_query"
            + " where workspace_id = ? and occurred_at >= ? and occurred_at < ? group by 1, 2";
    private static final String LISTENING_SIGNALS = "select date_trunc('day', m.occurred_at), s.intent, count(*), sum(s.sentiment),"
            + " sum(case when s.sentiment <= -0.05 then 1 else 0 end) from metrics_mention_fact m join metrics_signal_fact s"
            + " on s.workspace_id = m.workspace_id and s.post_id = m.post_id where m.workspace_id = ? and m.occurred_at >= ? and m.occurred_at < ?"
            + " group by 1, 2";
    private static final String NARROWED_BY_CHANNEL = "select date_trunc('day', occurred_at), channel, count(*) from bench_mention_query"
            + " where workspace_id = ? and occurred_at >= ? and occurred_at < ? and channel = ? and query_id = ? group by 1, 2";
    private static final String NARROWED_SIGNALS = "select date_trunc('day', q.occurred_at), s.intent, count(*), sum(s.sentiment),"
            + " sum(case when s.sentiment <= -0.05 then 1 else 0 end) from bench_mention_query q join metrics_signal_fact s"
            + " on s.workspace_id = q.workspace_id and s.post_id = q.post_id where q.workspace_id = ? and q.occurred_at >= ? and q.occurred_at < ?"
            + " and q.channel = ? and q.query_id = ? group by 1, 2";
    private static final String SERVICE_RESOLUTIONS = "select seconds from metrics_resolution where workspace_id = ? and resolved_at >= ?"
            + " and resolved_at < ?";
    // The attrition list as one GROUP BY over the range's posts and the 90 + 14 days before (what Attrition did).
    private static final String CUSTOMER_ATTRITION = "select contact_id,"
            + " avg(case when written_at >= ? then sentiment end), avg(case when written_at < ? then sentiment end),"
            + " sum(case when complaint and written_at >= ? then 1 else 0 end), max(case when written_at >= ? then churn_cue end),"
            + " max(written_at) as last_wrote from metrics_contact_post where workspace_id = ? and written_at >= ? and written_at < ?"
            + " group by contact_id having (avg(case when written_at >= ? then sentiment end) <= -0.3"
            + " and avg(case when written_at < ? then sentiment end) >= 0)"
            + " or sum(case when complaint and written_at >= ? then 1 else 0 end) >= 3"
            + " or max(case when written_at >= ? then churn_cue end) is not null order by last_wrote desc limit 50";
    private static final String SERVICE_RESPONSES = "select seconds from metrics_first_response where workspace_id = ? and responded_at >= ?"
            + " and responded_at < ?";
    private static final String SERVICE_BACKLOG = "select date_trunc('day', at), status, sum(delta) from ("
            + " select opened_at as at, 'new' as status, 1 as delta from metrics_case_fact where workspace_id = ?"
            + " union all select changed_at, to_status, 1 from metrics_case_transition where workspace_id = ?"
            + " union all select changed_at, from_status, -1 from metrics_case_transition where workspace_id = ?) d where at < ? group by 1, 2";
    private static final String CUSTOMER_SCORES = "select date_trunc('day', a.answered_at), a.question, count(*), sum(a.score),"
            + " sum(case when a.score >= 9 then 1 else 0 end), sum(case when a.score <= 6 then 1 else 0 end)"
            + " from metrics_survey_answer a join metrics_survey s on s.id = a.survey_id"
            + " where a.workspace_id = ? and a.answered_at >= ? and a.answered_at < ? group by 1, 2";

    private final Connection connection;
    private final UUID workspace;

    RawFigures(Connection connection, UUID workspace) throws SQLException {
        this.connection = connection;
        this.workspace = workspace;
        try (var statement = connection.createStatement()) {
            statement.execute("set timezone = 'UTC'");
        }
    }

    long listening(Instant from, Instant to) throws SQLException {
        return ranged(LISTENING_BY_CHANNEL, from, to) + ranged(LISTENING_BY_QUERY, from, to) + ranged(LISTENING_SIGNALS, from, to);
    }

    /** Narrowed to one channel and one query. */
    long listening(Instant from, Instant to, String channel, UUID query) throws SQLException {
        var params = List.<Object>of(workspace, from.atOffset(ZoneOffset.UTC), to.atOffset(ZoneOffset.UTC), channel, query);
        return rows(NARROWED_BY_CHANNEL, params) + rows(NARROWED_SIGNALS, params);
    }

    long service(Instant from, Instant to) throws SQLException {
        return ranged(SERVICE_RESPONSES, from, to) + ranged(SERVICE_RESOLUTIONS, from, to)
                + rows(SERVICE_BACKLOG, List.of(workspace, workspace, workspace, to.atOffset(ZoneOffset.UTC)));
    }

    long customers(Instant from, Instant to) throws SQLException {
        var recent = utc(to.minus(java.time.Duration.ofDays(14)).isAfter(from) ? to.minus(java.time.Duration.ofDays(14)) : from);
        var earliest = recent.minusDays(90);
        var start = utc(from);
        return ranged(CUSTOMER_SCORES, from, to) + rows(CUSTOMER_ATTRITION,
                List.of(recent, recent, start, start, workspace, earliest, utc(to), recent, recent, start, start));
    }

    private static java.time.OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    private long ranged(String sql, Instant from, Instant to) throws SQLException {
        return rows(sql, List.of(workspace, from.atOffset(ZoneOffset.UTC), to.atOffset(ZoneOffset.UTC)));
    }

    private long rows(String sql, List<Object> params) throws SQLException {
        try (var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                statement.setObject(i + 1, params.get(i));
            }
            try (var rs = statement.executeQuery()) {
                long n = 0;
                while (rs.next()) {
                    n++;
                }
                return n;
            }
        }
    }
}
