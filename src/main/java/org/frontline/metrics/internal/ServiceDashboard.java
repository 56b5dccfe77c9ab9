package org.frontline.metrics.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.frontline.cases.CaseStatus;
import org.frontline.metrics.DashboardFilter;
import org.frontline.metrics.Series;
import org.frontline.metrics.ServiceFigures;
import org.frontline.shared.WorkspaceId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the service dashboard: response and resolution percentiles from the metrics module's own facts of the
 * range, everything else from rollups (backlog, workload, SLA outcomes, cases opened). Cases carry no tracking
 * query: the query filter applies to the listening dashboard only.
 */
@Component
public class ServiceDashboard {

    private static final List<CaseStatus> BACKLOG = List.of(CaseStatus.NEW, CaseStatus.OPEN, CaseStatus.PENDING);

    private final JdbcClient jdbc;
    private final ServiceLoads loads;

    ServiceDashboard(JdbcClient jdbc, ServiceLoads loads) {
        this.jdbc = jdbc;
        this.loads = loads;
    }

    public ServiceFigures figures(WorkspaceId workspace, DashboardFilter filter) {
        var timeline = new Timeline(filter.from(), filter.to(), filter.step(), filter.zone());
        var responses = seconds(workspace, filter, "metrics_first_response", "responded_at");
        var resolutions = seconds(workspace, filter, "metrics_resolution", "resolved_at");
        var hourZone = loads.hourZone(workspace, filter);
        var byWeekday = loads.openedByWeekdayAndHour(workspace, filter, hourZone);
        return new ServiceFigures(filter.zone().getId(), timeline.buckets(), timeline.labels(),
                responses.count(), median(responses), p90(responses), ResponseBands.of(responses.values()),
                resolutions.count(), median(resolutions), p90(resolutions), ResponseBands.resolution(resolutions.values()),
                backlog(workspace, filter, timeline), loads.workloadByTeam(workspace, filter, timeline),
                loads.openByAgentNow(workspace, filter), loads.sla(workspace, filter, true), loads.sla(workspace, filter, false),
                hourZone.getId(), ServiceLoads.byHour(byWeekday), byWeekday);
    }

    private record Seconds(long[] values) {
        int count() {
            return values.length;
        }
    }

    private Seconds seconds(WorkspaceId workspace, DashboardFilter filter, String table, String column) {
        var values = Where.workspace(workspace)
                .between(column, filter.from(), filter.to())
                .filter(filter, false, true)
                .query(jdbc, "select seconds from " + table, "")
                .query((rs, i) -> rs.getLong("seconds"))
                .list();
        return new Seconds(values.stream().mapToLong(Long::longValue).toArray());
    }

    private static Long median(Seconds seconds) {
        return new Percentiles(seconds.values()).median().stream().boxed().findFirst().orElse(null);
    }

    private static Long p90(Seconds seconds) {
        return new Percentiles(seconds.values()).at(90).stream().boxed().findFirst().orElse(null);
    }

    private List<Series> backlog(WorkspaceId workspace, DashboardFilter filter, Timeline timeline) {
        var before = new HashMap<String, Long>();
        Where.workspace(workspace)
                .before("bucket", timeline.buckets().getFirst())
                .filter(filter, false, true)
                .query(jdbc, "select status, sum(delta) as delta from metrics_backlog_delta", "group by status")
                .query(rs -> {
                    before.put(rs.getString("status"), rs.getLong("delta"));
                });
        var inRange = new HashMap<String, Map<Instant, Long>>();
        Where.workspace(workspace)
                .between("bucket", timeline.buckets().getFirst(), timeline.end())
                .filter(filter, false, true)
                .query(jdbc, "select bucket, status, sum(delta) as delta from metrics_backlog_delta", "group by bucket, status")
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
