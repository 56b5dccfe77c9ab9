package org.frontline.routing;

import java.time.Instant;
import java.util.UUID;
import org.frontline.shared.WorkspaceId;

/** A case missed an SLA target. Published once per case and target. */
public record SlaBreached(WorkspaceId workspace, UUID caseId, SlaKind kind, Instant dueAt) {}
