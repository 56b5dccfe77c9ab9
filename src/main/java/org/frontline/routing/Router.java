package org.frontline.routing;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.frontline.shared.WorkspaceId;
import org.springframework.stereotype.Component;

/**
 * Decides where a new case goes: the first routing rule whose conditions hold picks the team (else the
 * default team), then {@link AgentPicker} picks the agent inside it. Every decision is explained in words,
 * e.g. "Rule *Refunds* matched (intent complaint, query *refund*) → team EMEA Billing. Chose Ana: …".
 */
@Component
public class Router {

    private final RoutingSetups setups;
    private final Teams teams;
    private final Clock clock;

    Router(RoutingSetups setups, Teams teams, Clock clock) {
        this.setups = setups;
        this.teams = teams;
        this.clock = clock;
    }

    /**
     * Rules, teams and agents come from the workspace's setup in memory; what changes with every case is read
     * live: the agents' open cases (one statement) and, for round-robin teams, whose turn it was.
     */
    public RoutingDecision route(WorkspaceId workspace, RoutingFacts facts, AgentLoads loads) {
        var setup = setups.of(workspace);
        var rule = setup.rules().stream().filter(r -> r.matches(facts)).findFirst();
        if (rule.isPresent()) {
            var team = setup.team(rule.get().team());
            if (team.isPresent()) {
                var why = rule.get().explain(facts) + " \u2192 team " + team.get().team().name() + ".";
                var priority = rule.get().priority() == null ? Priority.NORMAL : rule.get().priority();
                return withAgent(workspace, setup, team.get().team(), facts, loads, priority, rule.get().tags(), rule.get().requiredSkills(), why);
            }
        }
        return setup.teams().stream()
                .map(RoutingSetups.TeamSetup::team)
                .filter(Team::isDefault)
                .findFirst()
                .map(team -> withAgent(workspace, setup, team, facts, loads, Priority.NORMAL, Set.of(), Set.of(),
                        "No routing rule applies, so the case went to the default team " + team.name() + "."))
                .orElseGet(() -> new RoutingDecision(null, null, Priority.NORMAL, Set.of(),
                        "The workspace has no default team, so the case waits unassigned."));
    }

    /** The agent choice alone, for re-assignment inside a team (e.g. after an SLA escalation). */
    public AgentPicker.Pick pickAgent(WorkspaceId workspace, TeamId team, RoutingFacts facts, AgentLoads loads, Set<String> skills) {
        return pickAgent(workspace, setups.of(workspace), team, facts, loads, skills);
    }

    private AgentPicker.Pick pickAgent(
            WorkspaceId workspace, RoutingSetups.Setup setup, TeamId team, RoutingFacts facts, AgentLoads loads, Set<String> skills) {
        var teamSetup = setup.team(team);
        var name = teamSetup.map(t -> t.team().name()).orElse("the team");
        var strategy = teamSetup.map(RoutingSetups.TeamSetup::strategy).orElse(AgentPicker.Strategy.LEAST_LOADED);
        var members = setup.membersOf(team);
        var open = loads.openCases(workspace, members.stream().map(Agent::id).toList());
        List<AgentPicker.Candidate> candidates = members.stream()
                .map(a -> new AgentPicker.Candidate(a, open.getOrDefault(a.id(), 0)))
                .toList();
        // Only round robin looks at whose turn it was; the least-loaded choice does not need that read.
        var lastAssigned = strategy == AgentPicker.Strategy.ROUND_ROBIN ? teams.lastAssigned(workspace, team).orElse(null) : null;
        var pick = AgentPicker.pick(name, candidates, facts.language(), skills, clock.instant(), strategy, lastAssigned);
        pick.agent().ifPresent(agent -> teams.assigned(workspace, team, agent.id()));
        return pick;
    }

    private RoutingDecision withAgent(
            WorkspaceId workspace, RoutingSetups.Setup setup, Team team, RoutingFacts facts, AgentLoads loads, Priority priority,
            Set<String> tags, Set<String> skills, String why) {
        var pick = pickAgent(workspace, setup, team.id(), facts, loads, skills);
        return new RoutingDecision(team.id(), pick.agent().map(Agent::id).orElse(null), priority, tags, why + " " + pick.explanation());
    }
}
