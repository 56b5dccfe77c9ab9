package org.frontline.workspaces;

import org.frontline.shared.WorkspaceId;

/** A workspace the caller may see, with the role it holds there. */
public record WorkspaceRef(WorkspaceId id, String slug, String name, Role role) {}
