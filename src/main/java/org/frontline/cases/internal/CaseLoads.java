package org.frontline.cases.internal;

import java.util.Collection;
import java.util.Map;
import org.frontline.routing.AgentId;
import org.frontline.routing.AgentLoads;
import org.frontline.shared.WorkspaceId;
import org.springframework.stereotype.Component;

/** Tells the router how many open cases each agent carries, from the cases this module owns. */
@Component
class CaseLoads implements AgentLoads {

    private final CaseRepository cases;

    CaseLoads(CaseRepository cases) {
        this.cases = cases;
    }

    @Override
    public Map<AgentId, Integer> openCases(WorkspaceId workspace, Collection<AgentId> agents) {
        return cases.openCasesPerAgent(workspace, agents);
    }
}
