package org.frontline.shared;

import java.util.Objects;
import java.util.UUID;

/** The tenant boundary: every query, page, export and event is scoped by one of these. */
public record WorkspaceId(UUID value) {

    public WorkspaceId {
        Objects.requireNonNull(value, "value");
    }

    public static WorkspaceId of(String value) {
        return new WorkspaceId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
