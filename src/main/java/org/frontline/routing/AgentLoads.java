package org.frontline.routing;

import java.util.Collection;
import java.util.Map;
import org.frontline.shared.WorkspaceId;

/**
 * How many open cases each agent carries now. Implemented by the module that owns cases, so routing never
 * reads another module's tables.
 */
public interface AgentLoads {

    /** Open cases per agent; agents without any may be missing from the map. */
    Map<AgentId, Integer> openCases(WorkspaceId workspace, Collection<AgentId> agents);
}
