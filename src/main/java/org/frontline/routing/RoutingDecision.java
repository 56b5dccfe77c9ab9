package org.frontline.routing;

import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Where a case goes and why: the team, the agent (none: the team queue), the priority, the tags, and the
 * plain-words explanation shown on the case.
 */
public record RoutingDecision(
        @Nullable TeamId team, @Nullable AgentId agent, Priority priority, Set<String> tags, String explanation) {

    public RoutingDecision {
        tags = Set.copyOf(tags);
    }

    public Optional<TeamId> teamId() {
        return Optional.ofNullable(team);
    }

    public Optional<AgentId> agentId() {
        return Optional.ofNullable(agent);
    }
}
