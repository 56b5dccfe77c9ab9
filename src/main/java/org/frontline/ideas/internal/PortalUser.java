package org.frontline.ideas.internal;

import java.util.UUID;
import org.frontline.shared.WorkspaceId;

/** A customer with a portal account in one workspace. {@code customerValue} weighs their votes (1 = ordinary). */
public record PortalUser(UUID id, WorkspaceId workspace, String email, String displayName, double customerValue) {}
