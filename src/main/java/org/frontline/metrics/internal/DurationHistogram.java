package org.frontline.metrics.internal;

import static org.frontline.metrics.internal.RollupWriter.utc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.frontline.cases.CaseId;
import org.frontline.metrics.DashboardFilter;
import org.frontline.metrics.internal.DurationBins.Bin;
import org.frontline.shared.WorkspaceId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * First response and resolution times per local day as {@link DurationBins}: added to when a first response or
 * resolution fact is new, read for the whole days of a range; the partial days at its ends (or a range of
 * another zone's days) come from the facts themselves, binned the same way. Each time goes to two histograms: per
 * channel, team and language ({@code metrics_duration_daily}) and for the whole workspace
 * ({@code metrics_duration_workspace_daily}), which an unfiltered range reads: one row set per day, not one per
 * channel, team and language.
 */
@Component
class DurationHistogram {

    /** What is timed, with the fact table that keeps each case's time. */
    enum Kind {
        FIRST_RESPONSE("first_response", "metrics_first_response", "responded_at", false),
        RESOLUTION("resolution", "metrics_resolution", "resolved_at", true);

        final String wireName;
        final String facts;
        final String at;
        final boolean resolution;

        Kind(String wireName, String facts, String at, boolean resolution) {
            this.wireName = wireName;
            this.facts = facts;
            this.at = at;
            this.resolution = resolution;
        }
    }

    private final JdbcClient jdbc;
    private final DailyZones zones;

    DurationHistogram(JdbcClient jdbc, DailyZones zones) {
        this.jdbc = jdbc;
        this.zones = zones;
    }

    /** Stores the case's time once and adds it to the histogram; true when it was new (a replay adds nothing). */
    boolean record(WorkspaceId workspace, Kind kind, CaseId caseId, CaseFacts.CaseFact fact, Instant at, long seconds) {
        var value = Math.max(0, seconds);
        var fresh = jdbc.sql("insert into " + kind.facts + " (workspace_id, case_id, channel, team_id, lang, " + kind.at + ", seconds)"
                        + " values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing")
                .params(workspace.value(), caseId.value(), fact.channel(), fact.team(), fact.language(), utc(at), value)
                .update() == 1;
        if (fresh) {
            add(workspace, kind, at, fact.channel(), fact.team(), fact.language(), value);
        }
        return fresh;
    }

    private void add(WorkspaceId workspace, Kind kind, Instant at, String channel, UUID team, String lang, long seconds) {
        var day = utc(DailyZones.dayOf(at, zones.zoneOf(workspace)));
        var bin = DurationBins.binOf(seconds, kind.resolution);
        addTo("metrics_duration_daily", List.of("channel", "team_id", "lang"),
                List.of(workspace.value(), day, channel, team, lang, kind.wireName, bin), seconds);
        addTo("metrics_duration_workspace_daily", List.of(), List.of(workspace.value(), day, kind.wireName, bin), seconds);
    }

    /** One time into one bin of {@code table}, keyed by workspace, day, {@code dimensions}, kind and bin. */
    private void addTo(String table, List<String> dimensions, List<Object> key, long seconds) {
        var columns = new ArrayList<>(List.of("workspace_id", "bucket"));
        columns.addAll(dimensions);
        columns.addAll(List.of("kind", "bin"));
        var updated = jdbc.sql("update " + table + " set cases = cases + 1, min_seconds = least(min_seconds, ?),"
                        + " max_seconds = greatest(max_seconds, ?) where " + String.join(" = ? and ", columns) + " = ?")
                .params(concat(List.of(seconds, seconds), key))
                .update();
        if (updated == 0 && jdbc.sql("insert into " + table + " (" + String.join(", ", columns) + ", cases, min_seconds, max_seconds)"
                        + " values (" + "?, ".repeat(columns.size()) + "1, ?, ?) on conflict do nothing")
                .params(concat(key, List.of(seconds, seconds)))
                .update() == 0) {
            // Another transaction inserted the bin first: it exists now.
            addTo(table, dimensions, key, seconds);
        }
    }

    /** The range's histogram under the filter's channel, team and language, in bin order. */
    List<Bin> read(WorkspaceId workspace, DashboardFilter filter, Kind kind) {
        var bins = new ArrayList<Bin>();
        for (var part : RangePart.of(filter.from(), filter.to(), zones.zoneOf(workspace))) {
            if (part.daily()) {
                var table = unfiltered(filter) ? "metrics_duration_workspace_daily" : "metrics_duration_daily";
                bins.addAll(Where.workspace(workspace).within(part).is("kind", kind.wireName).filter(filter, false, true)
                        .query(jdbc, "select bin, sum(cases) as cases, min(min_seconds) as lo, max(max_seconds) as hi from " + table,
                                "group by bin")
                        .query((rs, i) -> new Bin(rs.getInt("bin"), rs.getLong("cases"), rs.getLong("lo"), rs.getLong("hi")))
                        .list());
            } else {
                var seconds = Where.workspace(workspace).between(kind.at, part.from(), part.to()).filter(filter, false, true)
                        .query(jdbc, "select seconds from " + kind.facts, "")
                        .query((rs, i) -> rs.getLong("seconds"))
                        .list();
                bins.addAll(DurationBins.of(seconds.stream().mapToLong(Long::longValue).toArray(), kind.resolution));
            }
        }
        return DurationBins.merged(bins);
    }

    /** No channel, team or language: the workspace-wide histogram answers. */
    static boolean unfiltered(DashboardFilter filter) {
        return filter.channel().isEmpty() && filter.team().isEmpty() && filter.language().isEmpty();
    }

    private static List<Object> concat(List<?> a, List<?> b) {
        var all = new ArrayList<Object>(a);
        all.addAll(b);
        return all;
    }
}
