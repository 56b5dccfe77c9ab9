package org.frontline.ingest;

import java.util.Objects;
import java.util.UUID;

public record PostId(UUID value) {

    public PostId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
