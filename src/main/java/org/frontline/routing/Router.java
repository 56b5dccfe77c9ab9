package org.frontline.routing;

import org.frontline.shared.WorkspaceId;
import org.springframework.stereotype.Component;

/**
 * Decides where a new case goes. Today every case goes to the workspace's default team; rules on signals
 * and queries come in front of that fallback without changing this contract.
 */
@Component
public class Router {

    private final Teams teams;

    Router(Teams teams) {
        this.teams = teams;
    }

    public RoutingDecision route(WorkspaceId workspace) {
        return teams.defaultTeam(workspace)
                .map(team -> new RoutingDecision(team.id(), "No routing rule applies, so the case went to the default team " + team.name() + "."))
                .orElseGet(() -> new RoutingDecision(null, "The workspace has no default team, so the case waits unassigned."));
    }
}
