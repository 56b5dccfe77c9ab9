package org.frontline.ideas.internal;

import java.util.UUID;
import org.frontline.shared.WorkspaceId;

/**
 * A customer with a portal account in one workspace. How much their votes weigh is the customer value of the
 * contact with the same e-mail address (cases module), 1 when there is none.
 */
public record PortalUser(UUID id, WorkspaceId workspace, String email, String displayName) {}
