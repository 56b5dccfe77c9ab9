package org.frontline.routing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.frontline.shared.WorkspaceId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The SLA policies of a workspace: a team's own policy for a priority wins over the workspace-wide one. */
@Component
public class SlaPolicies {

    private final JdbcClient jdbc;
    private final Clock clock;

    SlaPolicies(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Sets the policy for a team (null: every team) and priority, replacing the one there was. */
    @Transactional
    public SlaPolicy set(
            WorkspaceId workspace,
            @Nullable TeamId team,
            Priority priority,
            @Nullable Duration firstResponse,
            @Nullable Duration nextResponse,
            @Nullable Duration resolution,
            boolean businessHours) {
        if (team == null) {
            jdbc.sql("delete from sla_policy where workspace_id = ? and priority = ? and team_id is null")
                    .params(workspace.value(), priority.name())
                    .update();
        } else {
            jdbc.sql("delete from sla_policy where workspace_id = ? and priority = ? and team_id = ?")
                    .params(workspace.value(), priority.name(), team.value())
                    .update();
        }
        var policy = new SlaPolicy(UUID.randomUUID(), team, priority, firstResponse, nextResponse, resolution, businessHours);
        jdbc.sql("insert into sla_policy (id, workspace_id, team_id, priority, first_response_minutes, next_response_minutes,"
                        + " resolution_minutes, business_hours, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        policy.id(),
                        workspace.value(),
                        team == null ? null : team.value(),
                        priority.name(),
                        minutes(firstResponse),
                        minutes(nextResponse),
                        minutes(resolution),
                        businessHours,
                        clock.instant().atOffset(ZoneOffset.UTC))
                .update();
        return policy;
    }

    public Optional<SlaPolicy> find(WorkspaceId workspace, @Nullable TeamId team, Priority priority) {
        return list(workspace).stream()
                .filter(p -> p.priority() == priority)
                .filter(p -> p.team() == null || p.team().equals(team))
                // A team's own policy comes before the workspace-wide one.
                .min((a, b) -> Boolean.compare(a.team() == null, b.team() == null));
    }

    public List<SlaPolicy> list(WorkspaceId workspace) {
        return jdbc.sql("select id, team_id, priority, first_response_minutes, next_response_minutes, resolution_minutes,"
                        + " business_hours from sla_policy where workspace_id = ? order by priority, team_id")
                .param(workspace.value())
                .query(SlaPolicies::row)
                .list();
    }

    private static @Nullable Long minutes(@Nullable Duration duration) {
        return duration == null ? null : duration.toMinutes();
    }

    private static @Nullable Duration duration(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column);
        return value == null ? null : Duration.ofMinutes(((Number) value).longValue());
    }

    private static SlaPolicy row(ResultSet rs, int i) throws SQLException {
        var team = rs.getObject("team_id", UUID.class);
        return new SlaPolicy(
                rs.getObject("id", UUID.class),
                team == null ? null : new TeamId(team),
                Priority.valueOf(rs.getString("priority")),
                duration(rs, "first_response_minutes"),
                duration(rs, "next_response_minutes"),
                duration(rs, "resolution_minutes"),
                rs.getBoolean("business_hours"));
    }
}
