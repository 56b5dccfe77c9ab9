package org.frontline.metrics.alerts;

import static org.frontline.metrics.internal.RollupWriter.ANY_QUERY;
import static org.frontline.metrics.internal.RollupWriter.utc;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.frontline.metrics.alerts.SpikeRule.HourCounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the hourly rollups for the spike watch and stores the alert claims. */
@Repository
class AlertRepository {

    /** A query's hour busy enough to judge. */
    record Candidate(UUID workspace, UUID query, Instant hour) {}

    private final JdbcClient jdbc;

    AlertRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Queries (not the "any query" row) with at least {@code minVolume} mentions in one of these hours. */
    List<Candidate> busy(List<Instant> hours, long minVolume) {
        var marks = String.join(", ", hours.stream().map(h -> "?").toList());
        var params = new ArrayList<Object>(hours.stream().map(h -> (Object) utc(h)).toList());
        params.add(ANY_QUERY);
        params.add(minVolume);
        return jdbc.sql("select workspace_id, query_id, bucket from metrics_mention_hourly where bucket in (" + marks + ")"
                        + " and query_id <> ? group by workspace_id, query_id, bucket having sum(mentions) >= ?")
                .params(params)
                .query((rs, i) -> new Candidate(rs.getObject("workspace_id", UUID.class), rs.getObject("query_id", UUID.class),
                        rs.getObject("bucket", OffsetDateTime.class).toInstant()))
                .list();
    }

    /** The query's counts in one hour: mentions from the volume rollup, classified and negative from the signals one. */
    HourCounts counts(UUID workspace, UUID query, Instant hour) {
        var mentions = jdbc.sql("select coalesce(sum(mentions), 0) from metrics_mention_hourly where workspace_id = ? and bucket = ? and query_id = ?")
                .params(workspace, utc(hour), query)
                .query(Long.class)
                .single();
        return jdbc.sql("select coalesce(sum(mentions), 0) as classified, coalesce(sum(negative), 0) as negative from metrics_signal_hourly"
                        + " where workspace_id = ? and bucket = ? and query_id = ?")
                .params(workspace, utc(hour), query)
                .query((rs, i) -> new HourCounts(mentions, rs.getLong("classified"), rs.getLong("negative")))
                .single();
    }

    /** Claims the alert of this query, kind and hour: true for the one caller that stored it. */
    boolean claim(UUID workspace, Alert alert) {
        return jdbc.sql("insert into metrics_alert (id, workspace_id, query_id, kind, bucket, observed, usual, negative,"
                                + " usual_negative_share, summary, continues, raised_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                                + " on conflict do nothing")
                        .params(alert.id(), workspace, alert.query(), alert.kind(), utc(alert.hour()), alert.observed(), alert.usual(),
                                alert.negative(), alert.usualNegativeShare(), alert.summary(), alert.continues(), utc(alert.raisedAt()))
                        .update()
                == 1;
    }

    boolean exists(UUID workspace, UUID query, String kind, Instant hour) {
        return jdbc.sql("select count(*) from metrics_alert where workspace_id = ? and query_id = ? and kind = ? and bucket = ?")
                        .params(workspace, query, kind, utc(hour))
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Up to {@code limit} posts that matched the query in that hour. */
    List<UUID> postsOf(UUID workspace, UUID query, Instant hour, int limit) {
        return jdbc.sql("select post_id from metrics_query_mention where workspace_id = ? and query_id = ? and bucket = ? limit " + limit)
                .params(workspace, query, utc(hour))
                .query(UUID.class)
                .list();
    }

    List<Alert> recent(UUID workspace, int limit) {
        return jdbc.sql("select * from metrics_alert where workspace_id = ? order by raised_at desc, bucket desc limit " + limit)
                .param(workspace)
                .query((rs, i) -> new Alert(rs.getObject("id", UUID.class), rs.getObject("query_id", UUID.class), rs.getString("kind"),
                        rs.getObject("bucket", OffsetDateTime.class).toInstant(), rs.getLong("observed"), rs.getDouble("usual"),
                        rs.getLong("negative"), rs.getDouble("usual_negative_share"), rs.getString("summary"), rs.getBoolean("continues"),
                        rs.getObject("raised_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    long unseen(UUID workspace) {
        return jdbc.sql("select count(*) from metrics_alert where workspace_id = ? and seen_at is null and not continues")
                .param(workspace)
                .query(Long.class)
                .single();
    }

    void markSeen(UUID workspace, Instant at) {
        jdbc.sql("update metrics_alert set seen_at = ? where workspace_id = ? and seen_at is null").params(utc(at), workspace).update();
    }
}
