package org.frontline.routing;

import java.time.Instant;
import java.util.UUID;
import org.frontline.shared.WorkspaceId;

/** A case has used up the at-risk share of an SLA target. Published once per case and target. */
public record SlaAtRisk(WorkspaceId workspace, UUID caseId, SlaKind kind, Instant dueAt) {}
