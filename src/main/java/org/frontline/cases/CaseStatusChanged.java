package org.frontline.cases;

import java.time.Instant;
import org.frontline.shared.WorkspaceId;

/** A case moved in its workflow; {@code to == RESOLVED} is when surveys go out and resolution time stops. */
public record CaseStatusChanged(WorkspaceId workspace, CaseId caseId, CaseStatus from, CaseStatus to, Instant at) {}
