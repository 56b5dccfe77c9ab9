package org.frontline.cases;

import org.frontline.ingest.PostId;
import org.frontline.routing.TeamId;
import org.frontline.shared.WorkspaceId;
import org.jspecify.annotations.Nullable;

/** A new case exists for a mention, routed to {@code team} (null when the workspace has no team). */
public record CaseOpened(WorkspaceId workspace, CaseId caseId, PostId post, @Nullable TeamId team) {}
