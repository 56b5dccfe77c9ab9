package org.frontline.metrics.internal;

import static org.frontline.metrics.internal.RollupWriter.ANY_QUERY;
import static org.frontline.metrics.internal.RollupWriter.utc;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.frontline.matching.TrackingQueries;
import org.frontline.matching.TrackingQueryId;
import org.frontline.metrics.DashboardFilter;
import org.frontline.metrics.ListeningFigures;
import org.frontline.metrics.Series;
import org.frontline.metrics.Slice;
import org.frontline.shared.WorkspaceId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the listening dashboard from the mention and signal rollups only. */
@Component
public class ListeningDashboard {

    private record Volume(Instant hour, String channel, UUID query, long mentions) {}

    private record SignalRow(Instant hour, String intent, long mentions, double sentimentSum, long negative) {}

    private final JdbcClient jdbc;
    private final TrackingQueries queries;

    ListeningDashboard(JdbcClient jdbc, TrackingQueries queries) {
        this.jdbc = jdbc;
        this.queries = queries;
    }

    public ListeningFigures figures(WorkspaceId workspace, DashboardFilter filter) {
        var timeline = new Timeline(filter.from(), filter.to(), filter.step());
        var volumes = volumes(workspace, filter);
        var selected = filter.query().map(TrackingQueryId::value).orElse(ANY_QUERY);
        var total = volumes.stream().filter(v -> v.query().equals(selected)).mapToLong(Volume::mentions).sum();
        var signals = signals(workspace, filter, selected);
        return new ListeningFigures("UTC", timeline.buckets(), total,
                byChannel(timeline, volumes, selected), byQuery(workspace, timeline, volumes),
                sentiment(timeline, signals), intentMix(signals));
    }

    private List<Series> byChannel(Timeline timeline, List<Volume> volumes, UUID selected) {
        var byChannel = new TreeMap<String, double[]>();
        volumes.stream().filter(v -> v.query().equals(selected)).forEach(v -> addTo(byChannel, v.channel(), timeline, v.hour(), v.mentions()));
        return series(byChannel);
    }

    private List<Series> byQuery(WorkspaceId workspace, Timeline timeline, List<Volume> volumes) {
        var byQuery = new LinkedHashMap<UUID, double[]>();
        volumes.stream().filter(v -> !v.query().equals(ANY_QUERY)).forEach(v -> addTo(byQuery, v.query(), timeline, v.hour(), v.mentions()));
        var names = queries.names(workspace, byQuery.keySet().stream().map(TrackingQueryId::new).toList());
        var named = new TreeMap<String, double[]>();
        byQuery.forEach((id, data) -> named.merge(
                names.getOrDefault(new TrackingQueryId(id), "(deleted query)"), data, ListeningDashboard::sum));
        return series(named);
    }

    private static List<Series> sentiment(Timeline timeline, List<SignalRow> signals) {
        var mentions = new double[timeline.size()];
        var sum = new double[timeline.size()];
        var negative = new double[timeline.size()];
        for (var row : signals) {
            var i = timeline.indexOf(row.hour());
            if (i >= 0) {
                mentions[i] += row.mentions();
                sum[i] += row.sentimentSum();
                negative[i] += row.negative();
            }
        }
        var average = new ArrayList<Double>();
        var negativeShare = new ArrayList<Double>();
        for (int i = 0; i < mentions.length; i++) {
            average.add(mentions[i] == 0 ? null : round(sum[i] / mentions[i]));
            negativeShare.add(mentions[i] == 0 ? null : round(negative[i] / mentions[i]));
        }
        return List.of(new Series("Average sentiment", average), new Series("Negative share", negativeShare));
    }

    private static List<Slice> intentMix(List<SignalRow> signals) {
        var mix = new TreeMap<String, Long>();
        signals.forEach(row -> mix.merge(row.intent(), row.mentions(), Long::sum));
        return mix.entrySet().stream()
                .map(e -> new Slice(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong(Slice::value).reversed())
                .toList();
    }

    private List<Volume> volumes(WorkspaceId workspace, DashboardFilter filter) {
        var sql = new StringBuilder("select bucket, channel, query_id, sum(mentions) as mentions from metrics_mention_hourly"
                + " where workspace_id = ? and bucket >= ? and bucket < ?");
        var params = new ArrayList<Object>(List.of(workspace.value(), utc(filter.from()), utc(filter.to())));
        filter.channel().ifPresent(c -> {
            sql.append(" and channel = ?");
            params.add(c.wireName());
        });
        filter.query().ifPresent(q -> {
            sql.append(" and query_id = ?");
            params.add(q.value());
        });
        sql.append(" group by bucket, channel, query_id");
        return jdbc.sql(sql.toString()).params(params).query((rs, i) -> new Volume(
                        rs.getObject("bucket", OffsetDateTime.class).toInstant(), rs.getString("channel"),
                        rs.getObject("query_id", UUID.class), rs.getLong("mentions")))
                .list();
    }

    private List<SignalRow> signals(WorkspaceId workspace, DashboardFilter filter, UUID query) {
        var sql = new StringBuilder("select bucket, intent, sum(mentions) as mentions, sum(sentiment_sum) as sentiment_sum,"
                + " sum(negative) as negative from metrics_signal_hourly"
                + " where workspace_id = ? and bucket >= ? and bucket < ? and query_id = ?");
        var params = new ArrayList<Object>(List.of(workspace.value(), utc(filter.from()), utc(filter.to()), query));
        filter.channel().ifPresent(c -> {
            sql.append(" and channel = ?");
            params.add(c.wireName());
        });
        sql.append(" group by bucket, intent");
        return jdbc.sql(sql.toString()).params(params).query((rs, i) -> new SignalRow(
                        rs.getObject("bucket", OffsetDateTime.class).toInstant(), rs.getString("intent"),
                        rs.getLong("mentions"), rs.getDouble("sentiment_sum"), rs.getLong("negative")))
                .list();
    }

    private static <K> void addTo(Map<K, double[]> series, K key, Timeline timeline, Instant hour, long value) {
        var i = timeline.indexOf(hour);
        if (i >= 0) {
            series.computeIfAbsent(key, k -> new double[timeline.size()])[i] += value;
        }
    }

    private static List<Series> series(Map<String, double[]> byName) {
        return byName.entrySet().stream()
                .map(e -> new Series(e.getKey(), java.util.Arrays.stream(e.getValue()).boxed().toList()))
                .toList();
    }

    private static double[] sum(double[] a, double[] b) {
        var out = a.clone();
        for (int i = 0; i < b.length; i++) {
            out[i] += b[i];
        }
        return out;
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
