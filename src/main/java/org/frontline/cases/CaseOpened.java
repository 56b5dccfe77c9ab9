package org.frontline.cases;

import org.frontline.ingest.PostId;
import org.frontline.routing.AgentId;
import org.frontline.routing.TeamId;
import org.frontline.shared.WorkspaceId;
import org.jspecify.annotations.Nullable;

/**
 * A new case exists for a mention, routed to {@code team} (null when the workspace has no team) and assigned
 * to {@code agent} (null while it waits in the team queue).
 */
public record CaseOpened(WorkspaceId workspace, CaseId caseId, PostId post, @Nullable TeamId team, @Nullable AgentId agent) {}
