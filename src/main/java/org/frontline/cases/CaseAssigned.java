package org.frontline.cases;

import java.time.Instant;
import org.frontline.routing.AgentId;
import org.frontline.shared.WorkspaceId;
import org.jspecify.annotations.Nullable;

/** A case changed hands: to {@code agent}, or back to its team queue when {@code agent} is null. */
public record CaseAssigned(WorkspaceId workspace, CaseId caseId, @Nullable AgentId agent, Instant at) {}
