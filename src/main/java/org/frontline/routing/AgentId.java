package org.frontline.routing;

import java.util.Objects;
import java.util.UUID;

public record AgentId(UUID value) {

    public AgentId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
