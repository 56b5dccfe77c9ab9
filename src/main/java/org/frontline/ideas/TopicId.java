package org.frontline.ideas;

import java.util.Objects;
import java.util.UUID;

public record TopicId(UUID value) {

    public TopicId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
