package org.frontline.routing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.frontline.shared.WorkspaceId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Each workspace's routing setup (rules, teams with calendar and strategy, agents and who is in which team),
 * kept in memory: every routing decision, SLA timer and inbox page reads it, and it changes only when someone
 * edits it. Every write to those tables calls {@link #changed} after writing. A copy is kept only when no
 * write was in flight while it was read, so nobody ever keeps a setup that is stale or not committed; the
 * round-robin memory and the escalation targets are not part of it and stay in the database.
 */
@Component
class RoutingSetups {

    /** A team with what routing needs of it. */
    record TeamSetup(Team team, AgentPicker.Strategy strategy, BusinessHours hours) {}

    /** One workspace's setup, in the order the database lists it (rules by position, teams and agents by name). */
    record Setup(List<RoutingRule> rules, List<TeamSetup> teams, List<Agent> agents, Map<TeamId, List<Agent>> members) {

        Setup {
            rules = List.copyOf(rules);
            teams = List.copyOf(teams);
            agents = List.copyOf(agents);
            var copied = new HashMap<TeamId, List<Agent>>();
            members.forEach((team, agentsOfTeam) -> copied.put(team, List.copyOf(agentsOfTeam)));
            members = Map.copyOf(copied);
        }

        Optional<TeamSetup> team(TeamId id) {
            return teams.stream().filter(t -> t.team().id().equals(id)).findFirst();
        }

        List<Agent> membersOf(TeamId team) {
            return members.getOrDefault(team, List.of());
        }
    }

    /** What is known of one workspace: its kept setup, if any, and how many writes changed it or are in flight. */
    private static final class State {
        long changes;
        int writesInFlight;
        @Nullable Setup kept;
    }

    private final JdbcClient jdbc;
    private final Map<WorkspaceId, State> states = new ConcurrentHashMap<>();

    RoutingSetups(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The workspace's current setup: the kept one, else read from the database (and kept if nothing wrote meanwhile). */
    Setup of(WorkspaceId workspace) {
        var state = states.computeIfAbsent(workspace, key -> new State());
        long changesBefore;
        synchronized (state) {
            if (state.kept != null) {
                return state.kept;
            }
            changesBefore = state.changes;
        }
        var setup = read(workspace);
        synchronized (state) {
            if (state.changes == changesBefore && state.writesInFlight == 0) {
                state.kept = setup;
            }
        }
        return setup;
    }

    /**
     * Drops the workspace's kept setup; call it after every write to rules, teams, agents or memberships. Inside
     * a transaction the setup is not kept again until the transaction has ended (committed or rolled back).
     */
    void changed(WorkspaceId workspace) {
        var state = states.computeIfAbsent(workspace, key -> new State());
        var inTransaction = TransactionSynchronizationManager.isSynchronizationActive();
        synchronized (state) {
            state.changes++;
            state.kept = null;
            if (inTransaction) {
                state.writesInFlight++;
            }
        }
        if (inTransaction) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    synchronized (state) {
                        state.changes++;
                        state.kept = null;
                        state.writesInFlight--;
                    }
                }
            });
        }
    }

    private Setup read(WorkspaceId workspace) {
        var rules = jdbc.sql("select id, name, conditions, team_id, priority, tags, required_skills from routing_rule"
                        + " where workspace_id = ? order by position, id")
                .param(workspace.value())
                .query(RoutingRules::row)
                .list();
        var teams = jdbc.sql("select id, name, is_default, strategy, time_zone, hours from team where workspace_id = ? order by name")
                .param(workspace.value())
                .query((rs, i) -> new TeamSetup(
                        new Team(new TeamId(rs.getObject("id", UUID.class)), rs.getString("name"), rs.getBoolean("is_default")),
                        AgentPicker.Strategy.valueOf(rs.getString("strategy")),
                        Teams.calendar(rs.getString("time_zone"), rs.getString("hours"))))
                .list();
        var agents = new LinkedHashMap<AgentId, Agent>();
        var members = new HashMap<TeamId, List<Agent>>();
        jdbc.sql("select " + Agents.COLUMNS + ", m.team_id from agent a left join team_member m on m.agent_id = a.id"
                        + " where a.workspace_id = ? order by a.name, m.team_id")
                .param(workspace.value())
                .query(rs -> {
                    var id = new AgentId(rs.getObject("id", UUID.class));
                    var agent = agents.get(id);
                    if (agent == null) {
                        agent = Agents.row(rs, agents.size());
                        agents.put(id, agent);
                    }
                    var team = rs.getObject("team_id", UUID.class);
                    if (team != null) {
                        members.computeIfAbsent(new TeamId(team), key -> new ArrayList<>()).add(agent);
                    }
                });
        return new Setup(rules, teams, new ArrayList<>(agents.values()), members);
    }
}
