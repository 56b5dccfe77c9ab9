package org.frontline.routing;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Targets for cases of one priority, for one team or (team null) every team: first response, next response
 * and resolution, counted in the team's business hours or around the clock.
 */
public record SlaPolicy(
        UUID id,
        @Nullable TeamId team,
        Priority priority,
        @Nullable Duration firstResponse,
        @Nullable Duration nextResponse,
        @Nullable Duration resolution,
        boolean businessHours) {

    public Optional<Duration> target(SlaKind kind) {
        return Optional.ofNullable(switch (kind) {
            case FIRST_RESPONSE -> firstResponse;
            case NEXT_RESPONSE -> nextResponse;
            case RESOLUTION -> resolution;
        });
    }
}
