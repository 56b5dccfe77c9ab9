package org.frontline.workspaces;

import java.util.UUID;
import org.frontline.shared.WorkspaceId;

/** Who calls when a request carries a valid API token: the token's workspace and role, nothing more. */
public record TokenPrincipal(UUID tokenId, String name, WorkspaceId workspace, Role role) {}
