package org.frontline.ingest;

import org.frontline.shared.WorkspaceId;

/** A new post is stored durably and may be matched. Carries ids only: post text stays in one table. */
public record PostIngested(WorkspaceId workspace, PostId post) {}
