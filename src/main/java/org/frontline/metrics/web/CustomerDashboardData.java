package org.frontline.metrics.web;

import java.time.Clock;
import org.frontline.metrics.customers.CustomerDashboard;
import org.frontline.metrics.customers.CustomerFigures;
import org.frontline.workspaces.Role;
import org.frontline.workspaces.WorkspaceAccess;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The customers dashboard's figures as JSON, with the same filters as the other dashboards. */
@RestController
@RequestMapping("/w/{workspace}/dashboards")
class CustomerDashboardData {

    private final WorkspaceAccess access;
    private final CustomerDashboard customers;
    private final Clock clock;

    CustomerDashboardData(WorkspaceAccess access, CustomerDashboard customers, Clock clock) {
        this.access = access;
        this.customers = customers;
        this.clock = clock;
    }

    @GetMapping("/customers/data")
    CustomerFigures customers(@PathVariable String workspace, FilterParams params) {
        var scope = access.require(workspace, Role.VIEWER);
        return customers.figures(scope.id(), scope.slug(), params.toFilter(clock));
    }
}
