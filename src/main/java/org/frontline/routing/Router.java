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

    private final Teams teams;
    private final Agents agents;
    private final RoutingRules rules;
    private final Clock clock;

    Router(Teams teams, Agents agents, RoutingRules rules, Clock clock) {
        this.teams = teams;
        this.agents = agents;
        this.rules = rules;
        this.clock = clock;
    }

    public RoutingDecision route(WorkspaceId workspace, RoutingFacts facts, AgentLoads loads) {
        var rule = rules.list(workspace).stream().filter(r -> r.matches(facts)).findFirst();
        if (rule.isPresent()) {
            var team = teams.find(workspace, rule.get().team());
            if (team.isPresent()) {
                var why = rule.get().explain(facts) + " \u2192 team " + team.get().name() + ".";
                var priority = rule.get().priority() == null ? Priority.NORMAL : rule.get().priority();
                return withAgent(workspace, team.get(), facts, loads, priority, rule.get().tags(), rule.get().requiredSkills(), why);
            }
        }
        return teams.defaultTeam(workspace)
                .map(team -> withAgent(workspace, team, facts, loads, Priority.NORMAL, Set.of(), Set.of(),
                        "No routing rule applies, so the case went to the default team " + team.name() + "."))
                .orElseGet(() -> new RoutingDecision(null, null, Priority.NORMAL, Set.of(),
                        "The workspace has no default team, so the case waits unassigned."));
    }

    /** The agent choice alone, for re-assignment inside a team (e.g. after an SLA escalation). */
    public AgentPicker.Pick pickAgent(WorkspaceId workspace, TeamId team, RoutingFacts facts, AgentLoads loads, Set<String> skills) {
        var name = teams.find(workspace, team).map(Team::name).orElse("the team");
        var members = agents.ofTeam(workspace, team);
        var open = loads.openCases(workspace, members.stream().map(Agent::id).toList());
        List<AgentPicker.Candidate> candidates = members.stream()
                .map(a -> new AgentPicker.Candidate(a, open.getOrDefault(a.id(), 0)))
                .toList();
        var pick = AgentPicker.pick(
                name, candidates, facts.language(), skills, clock.instant(), teams.strategy(workspace, team),
                teams.lastAssigned(workspace, team).orElse(null));
        pick.agent().ifPresent(agent -> teams.assigned(workspace, team, agent.id()));
        return pick;
    }

    private RoutingDecision withAgent(
            WorkspaceId workspace, Team team, RoutingFacts facts, AgentLoads loads, Priority priority, Set<String> tags, Set<String> skills, String why) {
        var pick = pickAgent(workspace, team.id(), facts, loads, skills);
        return new RoutingDecision(team.id(), pick.agent().map(Agent::id).orElse(null), priority, tags, why + " " + pick.explanation());
    }
}
