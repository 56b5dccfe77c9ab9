package org.frontline.metrics.internal;

import static org.frontline.metrics.internal.RollupWriter.ANY_QUERY;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
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

/** Reads the listening dashboard from the mention, signal, term and author rollups only. */
@Component
public class ListeningDashboard {

    static final int TOP = 15;
    static final String BRAND = "Brand";
    static final String COMPETITORS = "Competitors";

    private record Volume(Instant hour, String channel, UUID query, long mentions) {}

    private record SignalRow(Instant hour, String intent, long mentions, double sentimentSum, long negative) {}

    private final JdbcClient jdbc;
    private final TrackingQueries queries;
    private final ListeningRankings rankings;

    ListeningDashboard(JdbcClient jdbc, TrackingQueries queries, ListeningRankings rankings) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.rankings = rankings;
    }

    public ListeningFigures figures(WorkspaceId workspace, DashboardFilter filter) {
        var timeline = new Timeline(filter.from(), filter.to(), filter.step(), filter.zone());
        var volumes = volumes(workspace, filter);
        var selected = filter.query().map(TrackingQueryId::value).orElse(ANY_QUERY);
        var total = volumes.stream().filter(v -> v.query().equals(selected)).mapToLong(Volume::mentions).sum();
        var signals = signals(workspace, filter, selected);
        var shareOfVoice = shareOfVoice(workspace, timeline, volumes);
        return new ListeningFigures(filter.zone().getId(), timeline.buckets(), timeline.labels(), total,
                byChannel(timeline, volumes, selected), byQuery(workspace, timeline, volumes),
                sentiment(timeline, signals), intentMix(signals), shareOfVoice, totals(shareOfVoice),
                rankings.terms(workspace, filter, "term", TOP), rankings.terms(workspace, filter, "tag", TOP),
                rankings.authors(workspace, filter, true, TOP), rankings.authors(workspace, filter, false, TOP));
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

    /**
     * Brand against competitors: each query's mentions go to its side (a mention matched by two brand queries
     * counts twice, as on the by-query chart). Always both series, in that order, so the stack is stable.
     */
    private List<Series> shareOfVoice(WorkspaceId workspace, Timeline timeline, List<Volume> volumes) {
        var competitors = queries.competitors(workspace).stream().map(TrackingQueryId::value).collect(java.util.stream.Collectors.toSet());
        var sides = new LinkedHashMap<String, double[]>();
        sides.put(BRAND, new double[timeline.size()]);
        sides.put(COMPETITORS, new double[timeline.size()]);
        volumes.stream().filter(v -> !v.query().equals(ANY_QUERY)).forEach(v ->
                addTo(sides, competitors.contains(v.query()) ? COMPETITORS : BRAND, timeline, v.hour(), v.mentions()));
        return series(sides);
    }

    private static List<Slice> totals(List<Series> shareOfVoice) {
        return shareOfVoice.stream()
                .map(s -> new Slice(s.name(), (long) s.data().stream().mapToDouble(d -> d == null ? 0 : d).sum()))
                .toList();
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
        return Where.workspace(workspace)
                .between("bucket", filter.from(), filter.to())
                .filter(filter, true, false)
                .query(jdbc, "select bucket, channel, query_id, sum(mentions) as mentions from metrics_mention_hourly",
                        "group by bucket, channel, query_id")
                .query((rs, i) -> new Volume(rs.getObject("bucket", OffsetDateTime.class).toInstant(), rs.getString("channel"),
                        rs.getObject("query_id", UUID.class), rs.getLong("mentions")))
                .list();
    }

    private List<SignalRow> signals(WorkspaceId workspace, DashboardFilter filter, UUID query) {
        return Where.workspace(workspace)
                .between("bucket", filter.from(), filter.to())
                .is("query_id", query)
                .filter(filter, false, false)
                .query(jdbc, "select bucket, intent, sum(mentions) as mentions, sum(sentiment_sum) as sentiment_sum,"
                        + " sum(negative) as negative from metrics_signal_hourly", "group by bucket, intent")
                .query((rs, i) -> new SignalRow(rs.getObject("bucket", OffsetDateTime.class).toInstant(), rs.getString("intent"),
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
                .map(e -> new Series(e.getKey(), Arrays.stream(e.getValue()).boxed().toList()))
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
