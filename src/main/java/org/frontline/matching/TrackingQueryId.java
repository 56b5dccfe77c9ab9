package org.frontline.matching;

import java.util.Objects;
import java.util.UUID;

public record TrackingQueryId(UUID value) {

    public TrackingQueryId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
