package org.frontline.metrics.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.frontline.cases.CaseStatus;
import org.frontline.metrics.DashboardFilter;
import org.frontline.metrics.Series;
import org.frontline.metrics.ServiceFigures;
import org.frontline.shared.WorkspaceId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the service dashboard from rollups only: response and resolution percentiles and bands from the daily
 * time histograms, backlog, workload, SLA outcomes and cases opened from their daily rows for whole local days
 * and hourly rows otherwise. Cases carry no tracking query: the query filter applies to the listening dashboard
 * only.
 */
@Component
public class ServiceDashboard {

    private static final List<CaseStatus> BACKLOG = List.of(CaseStatus.NEW, CaseStatus.OPEN, CaseStatus.PENDING);

    private final JdbcClient jdbc;
    private final ServiceLoads loads;
    private final DurationHistogram durations;
    private final DailyZones zones;

    ServiceDashboard(JdbcClient jdbc, ServiceLoads loads, DurationHistogram durations, DailyZones zones) {
        this.jdbc = jdbc;
        this.loads = loads;
        this.durations = durations;
        this.zones = zones;
    }

    public ServiceFigures figures(WorkspaceId workspace, DashboardFilter filter) {
        var timeline = new Timeline(filter.from(), filter.to(), filter.step(), filter.zone());
        var dailyZone = zones.zoneOf(workspace);
        var responses = durations.read(workspace, filter, DurationHistogram.Kind.FIRST_RESPONSE);
        var resolutions = durations.read(workspace, filter, DurationHistogram.Kind.RESOLUTION);
        var hourZone = loads.hourZone(workspace, filter);
        var byWeekday = loads.openedByWeekdayAndHour(workspace, filter, hourZone);
        return new ServiceFigures(filter.zone().getId(), timeline.buckets(), timeline.labels(),
                DurationBins.count(responses), percentile(responses, 50), percentile(responses, 90), DurationBins.bands(responses, false),
                DurationBins.count(resolutions), percentile(resolutions, 50), percentile(resolutions, 90),
                DurationBins.bands(resolutions, true),
                backlog(workspace, filter, timeline, dailyZone), loads.workloadByTeam(workspace, filter, timeline, dailyZone),
                loads.openByAgentNow(workspace, filter), loads.sla(workspace, filter, true, dailyZone),
                loads.sla(workspace, filter, false, dailyZone), hourZone.getId(), ServiceLoads.byHour(byWeekday), byWeekday);
    }

    private static @Nullable Long percentile(List<DurationBins.Bin> bins, double p) {
        return DurationBins.percentile(bins, p).stream().boxed().findFirst().orElse(null);
    }

    private List<Series> backlog(WorkspaceId workspace, DashboardFilter filter, Timeline timeline, ZoneId dailyZone) {
        var before = new HashMap<String, Long>();
        Where.union(jdbc, workspace, Rollup.BACKLOG, RangePart.before(timeline.buckets().getFirst(), dailyZone),
                        w -> w.filter(filter, false, true), "status, delta", "select status, sum(delta) as delta", "group by status")
                .query(rs -> {
                    before.put(rs.getString("status"), rs.getLong("delta"));
                });
        var inRange = new HashMap<String, Map<Instant, Long>>();
        var parts = RangePart.forChart(timeline.buckets().getFirst(), timeline.end(), filter.step(), filter.zone(), dailyZone);
        Where.union(jdbc, workspace, Rollup.BACKLOG, parts, w -> w.filter(filter, false, true),
                        "bucket, status, delta", "select bucket, status, sum(delta) as delta", "group by bucket, status")
                .query(rs -> {
                    inRange.computeIfAbsent(rs.getString("status"), s -> new HashMap<>())
                            .merge(rs.getObject("bucket", OffsetDateTime.class).toInstant(), rs.getLong("delta"), Long::sum);
                });
        return BACKLOG.stream()
                .map(status -> new Series(status.wireName(), Backlog.running(
                        timeline, before.getOrDefault(status.wireName(), 0L), inRange.getOrDefault(status.wireName(), Map.of()))))
                .toList();
    }
}
