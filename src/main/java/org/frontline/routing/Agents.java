package org.frontline.routing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.frontline.routing.internal.BusinessHoursCodec;
import org.frontline.shared.WorkspaceId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agents of a workspace and the teams they belong to. Reads come from the workspace's routing setup in
 * memory; writes refresh it.
 */
@Component
public class Agents {

    static final String COLUMNS = "a.id, a.name, a.languages, a.skills, a.time_zone, a.hours, a.capacity";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final RoutingSetups setups;

    Agents(JdbcClient jdbc, Clock clock, RoutingSetups setups) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.setups = setups;
    }

    @Transactional
    public AgentId create(
            WorkspaceId workspace, String name, String email, Set<String> languages, Set<String> skills, BusinessHours hours, int capacity) {
        var agent = new Agent(new AgentId(UUID.randomUUID()), name, languages, skills, hours, capacity);
        jdbc.sql("insert into agent (id, workspace_id, name, email, languages, skills, time_zone, hours, capacity, created_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        agent.id().value(),
                        workspace.value(),
                        name,
                        email,
                        join(agent.languages()),
                        join(agent.skills()),
                        hours.zone().getId(),
                        BusinessHoursCodec.encode(hours),
                        capacity,
                        clock.instant().atOffset(ZoneOffset.UTC))
                .update();
        setups.changed(workspace);
        return agent.id();
    }

    @Transactional
    public void addToTeam(WorkspaceId workspace, TeamId team, AgentId agent) {
        var owned = jdbc.sql("select count(*) from team t, agent a where t.id = ? and a.id = ? and t.workspace_id = ? and a.workspace_id = ?")
                .params(team.value(), agent.value(), workspace.value(), workspace.value())
                .query(Long.class)
                .single();
        if (owned == 0) {
            throw new IllegalArgumentException("Team and agent must belong to the workspace");
        }
        jdbc.sql("delete from team_member where team_id = ? and agent_id = ?").params(team.value(), agent.value()).update();
        jdbc.sql("insert into team_member (team_id, agent_id) values (?, ?)").params(team.value(), agent.value()).update();
        setups.changed(workspace);
    }

    /** The team's agents by name. */
    public List<Agent> ofTeam(WorkspaceId workspace, TeamId team) {
        return setups.of(workspace).membersOf(team);
    }

    /** The workspace's agents by name. */
    public List<Agent> list(WorkspaceId workspace) {
        return setups.of(workspace).agents();
    }

    public Map<AgentId, String> names(WorkspaceId workspace, Collection<AgentId> ids) {
        var wanted = Set.copyOf(ids);
        return list(workspace).stream().filter(a -> wanted.contains(a.id())).collect(Collectors.toMap(Agent::id, Agent::name));
    }

    private static String join(Set<String> values) {
        return String.join(",", new TreeSet<>(values));
    }

    private static Set<String> split(String values) {
        return values.isBlank() ? Set.of() : Arrays.stream(values.split(",")).map(String::strip).collect(Collectors.toSet());
    }

    static Agent row(ResultSet rs, int i) throws SQLException {
        var zone = ZoneId.of(rs.getString("time_zone"));
        return new Agent(
                new AgentId(rs.getObject("id", UUID.class)),
                rs.getString("name"),
                split(rs.getString("languages")),
                split(rs.getString("skills")),
                BusinessHoursCodec.decode(zone, rs.getString("hours")),
                rs.getInt("capacity"));
    }
}
