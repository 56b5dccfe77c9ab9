package org.frontline.routing;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The most pressing SLA target of a case right now, for the inbox countdown. */
public record SlaStatus(SlaKind kind, State state, @Nullable Instant dueAt) {

    public enum State {
        ON_TRACK,
        AT_RISK,
        BREACHED,
        PAUSED
    }
}
