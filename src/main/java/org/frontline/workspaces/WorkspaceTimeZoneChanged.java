package org.frontline.workspaces;

import java.time.ZoneId;
import org.frontline.shared.WorkspaceId;

/** A workspace now thinks in another time zone: whatever is kept by its local days must be re-cut. */
public record WorkspaceTimeZoneChanged(WorkspaceId workspace, ZoneId zone) {}
