package org.frontline.workspaces;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An API token as listed: never its secret. */
public record ApiTokenView(UUID id, String name, Role role, Instant createdAt, @Nullable Instant lastUsedAt) {}
