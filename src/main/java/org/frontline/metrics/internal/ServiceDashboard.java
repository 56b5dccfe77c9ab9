package org.frontline.metrics.internal;

import static org.frontline.metrics.internal.RollupWriter.utc;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
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
 * Reads the service dashboard: first response percentiles and bands from the first response facts of the range,
 * the backlog from the status delta rollup. Filters by range and channel (cases carry no tracking query here).
 */
@Component
public class ServiceDashboard {

    private static final List<CaseStatus> BACKLOG = List.of(CaseStatus.NEW, CaseStatus.OPEN, CaseStatus.PENDING);

    private final JdbcClient jdbc;

    ServiceDashboard(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ServiceFigures figures(WorkspaceId workspace, DashboardFilter filter) {
        var timeline = new Timeline(filter.from(), filter.to(), filter.step());
        var seconds = firstResponseSeconds(workspace, filter);
        var percentiles = new Percentiles(seconds);
        return new ServiceFigures("UTC", timeline.buckets(), seconds.length,
                percentiles.median().stream().boxed().findFirst().orElse(null),
                percentiles.at(90).stream().boxed().findFirst().orElse(null),
                ResponseBands.of(seconds), backlog(workspace, filter, timeline));
    }

    private long[] firstResponseSeconds(WorkspaceId workspace, DashboardFilter filter) {
        var sql = new StringBuilder("select seconds from metrics_first_response where workspace_id = ? and responded_at >= ? and responded_at < ?");
        var params = new ArrayList<Object>(List.of(workspace.value(), utc(filter.from()), utc(filter.to())));
        channel(filter, sql, params);
        return jdbc.sql(sql.toString()).params(params).query((rs, i) -> rs.getLong("seconds")).list().stream()
                .mapToLong(Long::longValue)
                .toArray();
    }

    private List<Series> backlog(WorkspaceId workspace, DashboardFilter filter, Timeline timeline) {
        var before = new HashMap<String, Long>();
        var beforeSql = new StringBuilder("select status, sum(delta) as delta from metrics_backlog_delta where workspace_id = ? and bucket < ?");
        var beforeParams = new ArrayList<Object>(List.of(workspace.value(), utc(timeline.buckets().getFirst())));
        channel(filter, beforeSql, beforeParams);
        beforeSql.append(" group by status");
        jdbc.sql(beforeSql.toString()).params(beforeParams).query(rs -> {
            before.put(rs.getString("status"), rs.getLong("delta"));
        });
        var inRange = new HashMap<String, Map<Instant, Long>>();
        var sql = new StringBuilder("select bucket, status, sum(delta) as delta from metrics_backlog_delta"
                + " where workspace_id = ? and bucket >= ? and bucket < ?");
        var params = new ArrayList<Object>(List.of(workspace.value(), utc(timeline.buckets().getFirst()), utc(filter.to())));
        channel(filter, sql, params);
        sql.append(" group by bucket, status");
        jdbc.sql(sql.toString()).params(params).query(rs -> {
            inRange.computeIfAbsent(rs.getString("status"), s -> new HashMap<>())
                    .merge(rs.getObject("bucket", OffsetDateTime.class).toInstant(), rs.getLong("delta"), Long::sum);
        });
        return BACKLOG.stream()
                .map(status -> new Series(status.wireName(), Backlog.running(
                        timeline, before.getOrDefault(status.wireName(), 0L), inRange.getOrDefault(status.wireName(), Map.of()))))
                .toList();
    }

    private static void channel(DashboardFilter filter, StringBuilder sql, List<Object> params) {
        filter.channel().ifPresent(c -> {
            sql.append(" and channel = ?");
            params.add(c.wireName());
        });
    }
}
