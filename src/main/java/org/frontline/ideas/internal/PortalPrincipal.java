package org.frontline.ideas.internal;

import java.io.Serializable;
import java.util.UUID;
import org.frontline.shared.WorkspaceId;

/**
 * A signed-in portal customer, as kept in the session. Valid only on its own workspace's portal. Its name is
 * never an e-mail address, so nothing keyed by e-mail (agent accounts) can mistake it for a person it is not.
 */
public record PortalPrincipal(UUID userId, WorkspaceId workspace, String displayName) implements Serializable {

    public String name() {
        return "portal:" + userId;
    }
}
