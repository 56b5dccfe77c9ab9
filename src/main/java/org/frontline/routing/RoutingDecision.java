package org.frontline.routing;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Where a case goes, and the plain-words reason. A workspace without teams routes nowhere, and says so. */
public record RoutingDecision(@Nullable TeamId team, String explanation) {

    public Optional<TeamId> teamId() {
        return Optional.ofNullable(team);
    }
}
