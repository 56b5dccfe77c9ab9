package org.frontline.metrics.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.frontline.metrics.DashboardFilter;
import org.frontline.metrics.Series;
import org.frontline.metrics.ServiceFigures.AgentLoad;
import org.frontline.metrics.ServiceFigures.SlaOutcome;
import org.frontline.metrics.Slice;
import org.frontline.routing.AgentId;
import org.frontline.routing.Agents;
import org.frontline.routing.Priority;
import org.frontline.routing.TeamId;
import org.frontline.routing.Teams;
import org.frontline.shared.WorkspaceId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The service dashboard's workload, SLA and hour-of-day figures, from their rollups, named for people. */
@Component
class ServiceLoads {

    static final String NO_TEAM = "No team";
    static final String UNASSIGNED = "Unassigned";

    private final JdbcClient jdbc;
    private final Teams teams;
    private final Agents agents;

    ServiceLoads(JdbcClient jdbc, Teams teams, Agents agents) {
        this.jdbc = jdbc;
        this.teams = teams;
        this.agents = agents;
    }

    /** The selected team's time zone, else the workspace's: "volume by hour of day in the team's time zone". */
    ZoneId hourZone(WorkspaceId workspace, DashboardFilter filter) {
        return filter.team().map(team -> teams.hours(workspace, team).zone()).orElse(filter.zone());
    }

    /** Rows Monday..Sunday, columns hours 0..23 of {@code zone}: cases opened, summed over the range. */
    List<List<Long>> openedByWeekdayAndHour(WorkspaceId workspace, DashboardFilter filter, ZoneId zone) {
        var cells = new long[7][24];
        Where.workspace(workspace)
                .between("bucket", filter.from(), filter.to())
                .filter(filter, false, true)
                .query(jdbc, "select bucket, sum(opened) as opened from metrics_case_hourly", "group by bucket")
                .query(rs -> {
                    var local = rs.getObject("bucket", OffsetDateTime.class).toInstant().atZone(zone);
                    cells[local.getDayOfWeek().getValue() - 1][local.getHour()] += rs.getLong("opened");
                });
        var rows = new ArrayList<List<Long>>();
        for (var row : cells) {
            rows.add(java.util.Arrays.stream(row).boxed().toList());
        }
        return rows;
    }

    static List<Long> byHour(List<List<Long>> byWeekday) {
        var hours = new long[24];
        byWeekday.forEach(row -> {
            for (int h = 0; h < 24; h++) {
                hours[h] += row.get(h);
            }
        });
        return java.util.Arrays.stream(hours).boxed().toList();
    }

    /** Active cases per team at the end of each bucket: the running sum of the workload deltas. */
    List<Series> workloadByTeam(WorkspaceId workspace, DashboardFilter filter, Timeline timeline, ZoneId dailyZone) {
        var before = new HashMap<UUID, Long>();
        Where.union(jdbc, workspace, Rollup.WORKLOAD, RangePart.before(timeline.buckets().getFirst(), dailyZone),
                        w -> w.filter(filter, false, true), "team_id, delta", "select team_id, sum(delta) as delta", "group by team_id")
                .query(rs -> {
                    before.put(rs.getObject("team_id", UUID.class), rs.getLong("delta"));
                });
        var inRange = new HashMap<UUID, Map<Instant, Long>>();
        var parts = RangePart.forChart(timeline.buckets().getFirst(), timeline.end(), filter.step(), filter.zone(), dailyZone);
        Where.union(jdbc, workspace, Rollup.WORKLOAD, parts, w -> w.filter(filter, false, true),
                        "bucket, team_id, delta", "select bucket, team_id, sum(delta) as delta", "group by bucket, team_id")
                .query(rs -> {
                    inRange.computeIfAbsent(rs.getObject("team_id", UUID.class), t -> new HashMap<>())
                            .merge(rs.getObject("bucket", OffsetDateTime.class).toInstant(), rs.getLong("delta"), Long::sum);
                });
        var ids = new java.util.HashSet<>(before.keySet());
        ids.addAll(inRange.keySet());
        var names = teamNames(workspace, ids);
        return ids.stream()
                .map(id -> new Series(names.get(id), Backlog.running(timeline, before.getOrDefault(id, 0L), inRange.getOrDefault(id, Map.of()))))
                .sorted(Comparator.comparing(Series::name))
                .toList();
    }

    /** Active cases per agent now (every delta ever), largest first; agents without open cases are left out. */
    List<AgentLoad> openByAgentNow(WorkspaceId workspace, DashboardFilter filter) {
        var counts = new HashMap<UUID, Long>();
        Where.union(jdbc, workspace, Rollup.WORKLOAD, RangePart.always(), w -> w.filter(filter, false, true),
                        "agent_id, delta", "select agent_id, sum(delta) as delta", "group by agent_id")
                .query(rs -> {
                    counts.put(rs.getObject("agent_id", UUID.class), rs.getLong("delta"));
                });
        var named = agents.names(workspace, counts.keySet().stream().filter(id -> !id.equals(Dimensions.NONE)).map(AgentId::new).toList());
        return counts.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .map(e -> e.getKey().equals(Dimensions.NONE)
                        ? new AgentLoad(null, UNASSIGNED, e.getValue())
                        : new AgentLoad(e.getKey().toString(), named.getOrDefault(new AgentId(e.getKey()), "(removed agent)"), e.getValue()))
                .sorted(Comparator.comparingLong(AgentLoad::open).reversed().thenComparing(AgentLoad::name))
                .toList();
    }

    /** Met and breached first response and resolution targets by team ({@code byTeam}) or by priority. */
    List<SlaOutcome> sla(WorkspaceId workspace, DashboardFilter filter, boolean byTeam, ZoneId dailyZone) {
        var group = byTeam ? "team_id" : "priority";
        var rows = Where.union(jdbc, workspace, Rollup.SLA, RangePart.of(filter.from(), filter.to(), dailyZone),
                        w -> w.filter(filter, false, true), group + " as grp, kind, met, breached",
                        "select grp, kind, sum(met) as met, sum(breached) as breached", "group by grp, kind")
                .query((rs, i) -> new SlaOutcome(rs.getString("grp"), rs.getString("grp"),
                        rs.getString("kind").toLowerCase(java.util.Locale.ROOT), rs.getLong("met"), rs.getLong("breached")))
                .list();
        if (!byTeam) {
            return rows.stream()
                    .sorted(Comparator.comparing((SlaOutcome o) -> Priority.parse(o.group())).thenComparing(SlaOutcome::kind))
                    .toList();
        }
        var names = teamNames(workspace, rows.stream().map(o -> UUID.fromString(o.group())).toList());
        return rows.stream()
                .map(o -> new SlaOutcome(names.get(UUID.fromString(o.group())), o.groupId(), o.kind(), o.met(), o.breached()))
                .sorted(Comparator.comparing(SlaOutcome::group).thenComparing(SlaOutcome::kind))
                .toList();
    }

    private Map<UUID, String> teamNames(WorkspaceId workspace, java.util.Collection<UUID> ids) {
        var named = teams.names(workspace, ids.stream().filter(id -> !id.equals(Dimensions.NONE)).map(TeamId::new).toList());
        var names = new HashMap<UUID, String>();
        ids.forEach(id -> names.put(id, id.equals(Dimensions.NONE) ? NO_TEAM : named.getOrDefault(new TeamId(id), "(removed team)")));
        return names;
    }
}
