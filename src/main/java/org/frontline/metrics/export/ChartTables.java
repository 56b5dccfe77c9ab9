package org.frontline.metrics.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.frontline.metrics.ListeningFigures;
import org.frontline.metrics.Series;
import org.frontline.metrics.ServiceFigures;
import org.frontline.metrics.Slice;
import org.jspecify.annotations.Nullable;

/** Every chart of a dashboard as a table, keyed by the chart's id on the page ({@code volumeByChannel} …). */
public final class ChartTables {

    private static final List<String> WEEKDAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");

    private ChartTables() {}

    public static Map<String, Table> of(ListeningFigures f) {
        var tables = new LinkedHashMap<String, Table>();
        tables.put("volumeByChannel", timeSeries("Mentions by channel", f.labels(), f.volumeByChannel()));
        tables.put("volumeByQuery", timeSeries("Mentions by query", f.labels(), f.volumeByQuery()));
        tables.put("sentiment", timeSeries("Sentiment trend", f.labels(), f.sentiment()));
        tables.put("intentMix", slices("Intent mix", "intent", f.intentMix()));
        tables.put("shareOfVoice", timeSeries("Share of voice over time", f.labels(), f.shareOfVoice()));
        tables.put("shareOfVoiceTotal", slices("Share of voice", "side", f.shareOfVoiceTotal()));
        tables.put("topTerms", slices("Top terms", "term", f.topTerms()));
        tables.put("topHashtags", slices("Top hashtags", "hashtag", f.topHashtags()));
        tables.put("advocates", authors("Advocates", f.advocates()));
        tables.put("detractors", authors("Detractors", f.detractors()));
        return tables;
    }

    public static Map<String, Table> of(ServiceFigures f) {
        var tables = new LinkedHashMap<String, Table>();
        tables.put("firstResponseDistribution", slices("First response time", "band", f.firstResponseDistribution()));
        tables.put("resolutionDistribution", slices("Resolution time", "band", f.resolutionDistribution()));
        tables.put("slaByTeam", sla("SLA by team", "team", f.slaByTeam()));
        tables.put("slaByPriority", sla("SLA by priority", "priority", f.slaByPriority()));
        tables.put("backlog", timeSeries("Backlog by status", f.labels(), f.backlog()));
        tables.put("workloadByTeam", timeSeries("Open cases per team", f.labels(), f.workloadByTeam()));
        List<List<@Nullable Object>> agents = new ArrayList<>();
        f.openByAgentNow().forEach(a -> agents.add(List.of(a.name(), a.open())));
        tables.put("openByAgentNow", new Table("Open cases per agent", List.of("agent", "open cases"), agents));
        List<List<@Nullable Object>> hours = new ArrayList<>();
        for (int h = 0; h < f.openedByHour().size(); h++) {
            hours.add(List.of(h, f.openedByHour().get(h)));
        }
        tables.put("openedByHour", new Table("Opened by hour", List.of("hour (" + f.hourZone() + ")", "cases opened"), hours));
        var headers = new ArrayList<String>(List.of("weekday"));
        for (int h = 0; h < 24; h++) {
            headers.add(String.valueOf(h));
        }
        List<List<@Nullable Object>> days = new ArrayList<>();
        for (int d = 0; d < f.openedByWeekdayAndHour().size(); d++) {
            var row = new ArrayList<@Nullable Object>(List.of(WEEKDAYS.get(d)));
            row.addAll(f.openedByWeekdayAndHour().get(d));
            days.add(row);
        }
        tables.put("openedByWeekdayAndHour", new Table("Opened by weekday and hour", headers, days));
        return tables;
    }

    private static Table timeSeries(String name, List<String> labels, List<Series> series) {
        var headers = new ArrayList<String>(List.of("bucket"));
        series.forEach(s -> headers.add(s.name()));
        List<List<@Nullable Object>> rows = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            var row = new ArrayList<@Nullable Object>();
            row.add(labels.get(i));
            for (var s : series) {
                row.add(s.data().get(i));
            }
            rows.add(row);
        }
        return new Table(name, headers, rows);
    }

    private static Table slices(String name, String label, List<Slice> slices) {
        List<List<@Nullable Object>> rows = new ArrayList<>();
        slices.forEach(s -> rows.add(List.of(s.name(), s.value())));
        return new Table(name, List.of(label, "count"), rows);
    }

    private static Table authors(String name, List<ListeningFigures.AuthorFigure> authors) {
        List<List<@Nullable Object>> rows = new ArrayList<>();
        authors.forEach(a -> rows.add(List.of(a.label(), a.handle(), a.channel(), a.mentions(), a.positive(), a.negative())));
        return new Table(name, List.of("author", "handle", "channel", "mentions", "positive", "negative"), rows);
    }

    private static Table sla(String name, String group, List<ServiceFigures.SlaOutcome> outcomes) {
        List<List<@Nullable Object>> rows = new ArrayList<>();
        outcomes.forEach(o -> rows.add(List.of(o.group(), o.kind(), o.met(), o.breached())));
        return new Table(name, List.of(group, "target", "met", "breached"), rows);
    }
}
