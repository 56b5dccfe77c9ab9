package org.frontline.cases;

import java.time.Instant;
import org.frontline.shared.WorkspaceId;

/** The customer got the first answer on a case, {@code sinceOpened} after the case opened. */
public record FirstResponseSent(WorkspaceId workspace, CaseId caseId, Instant at, java.time.Duration sinceOpened) {}
