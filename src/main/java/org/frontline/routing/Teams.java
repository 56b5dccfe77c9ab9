package org.frontline.routing;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.frontline.routing.internal.BusinessHoursCodec;
import org.frontline.shared.WorkspaceId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The teams of a workspace. Reads come from the workspace's routing setup in memory; writes refresh it. */
@Component
public class Teams {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final RoutingSetups setups;

    Teams(JdbcClient jdbc, Clock clock, RoutingSetups setups) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.setups = setups;
    }

    /** Creates a team; a new default team takes the default role from the previous one. */
    @Transactional
    public TeamId create(WorkspaceId workspace, String name, boolean isDefault) {
        if (isDefault) {
            jdbc.sql("update team set is_default = false where workspace_id = ?").param(workspace.value()).update();
        }
        var id = new TeamId(UUID.randomUUID());
        jdbc.sql("insert into team (id, workspace_id, name, is_default, created_at) values (?, ?, ?, ?, ?)")
                .params(id.value(), workspace.value(), name, isDefault, clock.instant().atOffset(ZoneOffset.UTC))
                .update();
        setups.changed(workspace);
        return id;
    }

    /** The workspace's teams by name. */
    public List<Team> list(WorkspaceId workspace) {
        return setups.of(workspace).teams().stream().map(RoutingSetups.TeamSetup::team).toList();
    }

    public Optional<Team> defaultTeam(WorkspaceId workspace) {
        return list(workspace).stream().filter(Team::isDefault).findFirst();
    }

    /** The team's working calendar; around the clock in UTC when none is set. */
    public BusinessHours hours(WorkspaceId workspace, TeamId team) {
        return setups.of(workspace).team(team).map(RoutingSetups.TeamSetup::hours).orElseGet(() -> BusinessHours.always(ZoneOffset.UTC));
    }

    /** A team's calendar as stored: no hours mean around the clock in the team's zone. */
    static BusinessHours calendar(String zone, @org.jspecify.annotations.Nullable String hours) {
        var zoneId = java.time.ZoneId.of(zone);
        return hours == null ? BusinessHours.always(zoneId) : BusinessHoursCodec.decode(zoneId, hours);
    }

    @Transactional
    public void setHours(WorkspaceId workspace, TeamId team, BusinessHours hours) {
        jdbc.sql("update team set time_zone = ?, hours = ? where workspace_id = ? and id = ?")
                .params(hours.zone().getId(), BusinessHoursCodec.encode(hours), workspace.value(), team.value())
                .update();
        setups.changed(workspace);
    }

    AgentPicker.Strategy strategy(WorkspaceId workspace, TeamId team) {
        return setups.of(workspace).team(team).map(RoutingSetups.TeamSetup::strategy).orElse(AgentPicker.Strategy.LEAST_LOADED);
    }

    @Transactional
    public void setStrategy(WorkspaceId workspace, TeamId team, AgentPicker.Strategy strategy) {
        jdbc.sql("update team set strategy = ? where workspace_id = ? and id = ?")
                .params(strategy.name(), workspace.value(), team.value())
                .update();
        setups.changed(workspace);
    }

    Optional<AgentId> lastAssigned(WorkspaceId workspace, TeamId team) {
        return jdbc.sql("select last_assigned_agent from team where workspace_id = ? and id = ?")
                .params(workspace.value(), team.value())
                .query((rs, i) -> rs.getObject(1, UUID.class))
                .optional()
                .map(AgentId::new);
    }

    void assigned(WorkspaceId workspace, TeamId team, AgentId agent) {
        jdbc.sql("update team set last_assigned_agent = ? where workspace_id = ? and id = ?")
                .params(agent.value(), workspace.value(), team.value())
                .update();
    }

    /** Where the team's SLA escalations are announced: a Slack-compatible webhook URL and an e-mail address. */
    public record Escalation(@org.jspecify.annotations.Nullable String webhookUrl, @org.jspecify.annotations.Nullable String email) {}

    @Transactional
    public void setEscalation(WorkspaceId workspace, TeamId team, Escalation escalation) {
        jdbc.sql("update team set escalation_webhook = ?, escalation_email = ? where workspace_id = ? and id = ?")
                .params(escalation.webhookUrl(), escalation.email(), workspace.value(), team.value())
                .update();
    }

    public Escalation escalation(WorkspaceId workspace, TeamId team) {
        return jdbc.sql("select escalation_webhook, escalation_email from team where workspace_id = ? and id = ?")
                .params(workspace.value(), team.value())
                .query((rs, i) -> new Escalation(rs.getString(1), rs.getString(2)))
                .optional()
                .orElse(new Escalation(null, null));
    }

    public Optional<Team> find(WorkspaceId workspace, TeamId team) {
        return list(workspace).stream().filter(t -> t.id().equals(team)).findFirst();
    }

    public Map<TeamId, String> names(WorkspaceId workspace, Collection<TeamId> ids) {
        var wanted = java.util.Set.copyOf(ids);
        return list(workspace).stream().filter(t -> wanted.contains(t.id())).collect(Collectors.toMap(Team::id, Team::name));
    }
}
