package org.frontline.metrics.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A rollup kept at two grains: UTC hours, and the local days of the workspace's daily zone ({@link DailyZones}).
 * Both tables have the same columns: the workspace, {@code bucket} (the hour or the instant the local day
 * begins), the dimensions, the counters that are only ever added to, and labels written when a row is created.
 */
public enum Rollup {
    MENTIONS("metrics_mention_hourly", "metrics_mention_daily", List.of("channel", "query_id", "lang"), List.of("mentions")),
    SIGNALS("metrics_signal_hourly", "metrics_signal_daily", List.of("channel", "query_id", "lang", "intent"),
            List.of("mentions", "sentiment_sum", "negative", "positive")),
    TERMS("metrics_term_hourly", "metrics_term_daily", List.of("channel", "query_id", "lang", "kind", "term"), List.of("mentions")),
    AUTHORS("metrics_author_hourly", "metrics_author_daily", List.of("channel", "query_id", "lang", "handle"),
            List.of("mentions", "positive", "negative"), List.of("label")),
    BACKLOG("metrics_backlog_delta", "metrics_backlog_daily", List.of("channel", "team_id", "lang", "status"), List.of("delta")),
    WORKLOAD("metrics_workload_delta", "metrics_workload_daily", List.of("channel", "team_id", "agent_id", "lang"), List.of("delta")),
    SLA("metrics_sla_hourly", "metrics_sla_daily", List.of("channel", "team_id", "lang", "priority", "kind"), List.of("met", "breached")),
    SURVEYS("metrics_survey_hourly", "metrics_survey_daily", List.of("channel", "question"), List.of("responses", "score_sum", "high", "low"));

    private final String hourly;
    private final String daily;
    private final List<String> dimensions;
    private final List<String> counters;
    private final List<String> labels;

    Rollup(String hourly, String daily, List<String> dimensions, List<String> counters) {
        this(hourly, daily, dimensions, counters, List.of());
    }

    Rollup(String hourly, String daily, List<String> dimensions, List<String> counters, List<String> labels) {
        this.hourly = hourly;
        this.daily = daily;
        this.dimensions = dimensions;
        this.counters = counters;
        this.labels = labels;
    }

    public String hourly() {
        return hourly;
    }

    public String daily() {
        return daily;
    }

    List<String> dimensions() {
        return dimensions;
    }

    List<String> counters() {
        return counters;
    }

    List<String> labels() {
        return labels;
    }

    /** The primary key: workspace, bucket, then the dimensions. */
    List<String> keyColumns() {
        var keys = new ArrayList<>(List.of("workspace_id", "bucket"));
        keys.addAll(dimensions);
        return keys;
    }
}
