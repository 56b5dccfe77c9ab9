package org.frontline.cases;

import org.frontline.ingest.PostId;
import org.frontline.shared.WorkspaceId;

/** A new post of the customer joined an existing case; {@code statusBefore} RESOLVED means it reopened. */
public record CustomerWroteAgain(WorkspaceId workspace, CaseId caseId, PostId post, CaseStatus statusBefore) {}
