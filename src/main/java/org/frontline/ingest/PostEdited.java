package org.frontline.ingest;

import org.frontline.shared.WorkspaceId;

/**
 * A stored post changed at its source (same channel and external id, new text): the stored post now holds
 * the new version. Carries ids only, like {@link PostIngested}.
 */
public record PostEdited(WorkspaceId workspace, PostId post) {}
