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

/**
 * Reads the listening dashboard from the mention, signal, term and author rollups only: daily rows for the whole
 * local days of a range drawn by day, hourly rows otherwise, summed per bucket by the database.
 */
@Component
public class ListeningDashboard {

    static final int TOP = 15;
    static final String BRAND = "Brand";
    static final String COMPETITORS = "Competitors";

    /** Mentions of one bucket and one channel (of the selected query) or one query (any channel). */
    private record Volume(Instant bucket, String key, long mentions) {}

    private record SignalRow(Instant hour, String intent, long mentions, double sentimentSum, long negative) {}

    private final JdbcClient jdbc;
    private final TrackingQueries queries;
    private final ListeningRankings rankings;
    private final DailyZones zones;

    ListeningDashboard(JdbcClient jdbc, TrackingQueries queries, ListeningRankings rankings, DailyZones zones) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.rankings = rankings;
        this.zones = zones;
    }

    public ListeningFigures figures(WorkspaceId workspace, DashboardFilter filter) {
        var timeline = new Timeline(filter.from(), filter.to(), filter.step(), filter.zone());
        var dailyZone = zones.zoneOf(workspace);
        var parts = RangePart.forChart(filter.from(), filter.to(), filter.step(), filter.zone(), dailyZone);
        var selected = filter.query().map(TrackingQueryId::value).orElse(ANY_QUERY);
        var byChannel = volumes(workspace, filter, parts, "channel", "query_id = ?", selected);
        var byQuery = volumes(workspace, filter, parts, "query_id", "query_id <> ?", ANY_QUERY);
        var total = byChannel.stream().filter(v -> timeline.indexOf(v.bucket()) >= 0).mapToLong(Volume::mentions).sum();
        var signals = signals(workspace, filter, parts, selected);
        var shareOfVoice = shareOfVoice(workspace, timeline, byQuery);
        var totalParts = RangePart.of(filter.from(), filter.to(), dailyZone);
        return new ListeningFigures(filter.zone().getId(), timeline.buckets(), timeline.labels(), total,
                byChannel(timeline, byChannel), byQuery(workspace, timeline, byQuery),
                sentiment(timeline, signals), intentMix(signals), shareOfVoice, totals(shareOfVoice),
                rankings.terms(workspace, filter, totalParts, "term", TOP), rankings.terms(workspace, filter, totalParts, "tag", TOP),
                rankings.authors(workspace, filter, totalParts, true, TOP), rankings.authors(workspace, filter, totalParts, false, TOP));
    }

    private List<Series> byChannel(Timeline timeline, List<Volume> volumes) {
        var byChannel = new TreeMap<String, double[]>();
        volumes.forEach(v -> addTo(byChannel, v.key(), timeline, v.bucket(), v.mentions()));
        return series(byChannel);
    }

    private List<Series> byQuery(WorkspaceId workspace, Timeline timeline, List<Volume> volumes) {
        var byQuery = new LinkedHashMap<UUID, double[]>();
        volumes.forEach(v -> addTo(byQuery, UUID.fromString(v.key()), timeline, v.bucket(), v.mentions()));
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
        volumes.forEach(v -> addTo(sides, competitors.contains(UUID.fromString(v.key())) ? COMPETITORS : BRAND, timeline, v.bucket(), v.mentions()));
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

    /**
     * Mentions per bucket and {@code key} ({@code channel} or {@code query_id}) of the rows matching {@code queries}:
     * the selected query's row by channel, or every query's own rows (the filter's query alone, when one is chosen).
     */
    private List<Volume> volumes(WorkspaceId workspace, DashboardFilter filter, List<RangePart> parts, String key, String queries, UUID query) {
        return Where.union(jdbc, workspace, Rollup.MENTIONS, parts, w -> w.and(queries, List.of(query)).filter(filter, key.equals("query_id"), false),
                        "bucket, " + key + " as k, mentions", "select bucket, k, sum(mentions) as mentions", "group by bucket, k")
                .query((rs, i) -> new Volume(rs.getObject("bucket", OffsetDateTime.class).toInstant(), rs.getString("k"), rs.getLong("mentions")))
                .list();
    }

    private List<SignalRow> signals(WorkspaceId workspace, DashboardFilter filter, List<RangePart> parts, UUID query) {
        return Where.union(jdbc, workspace, Rollup.SIGNALS, parts, w -> w.is("query_id", query).filter(filter, false, false),
                        "bucket, intent, mentions, sentiment_sum, negative",
                        "select bucket, intent, sum(mentions) as mentions, sum(sentiment_sum) as sentiment_sum, sum(negative) as negative",
                        "group by bucket, intent")
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
