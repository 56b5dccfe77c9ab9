package org.frontline.metrics.web;

import java.time.Clock;
import org.frontline.metrics.ListeningFigures;
import org.frontline.metrics.ServiceFigures;
import org.frontline.metrics.internal.ListeningDashboard;
import org.frontline.metrics.internal.ServiceDashboard;
import org.frontline.workspaces.Role;
import org.frontline.workspaces.WorkspaceAccess;
import org.frontline.workspaces.WorkspaceTimeZones;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The figures behind each dashboard as JSON, for the signed-in page; bad filters answer a validation problem. */
@RestController
@RequestMapping("/w/{workspace}/dashboards")
class DashboardData {

    private final WorkspaceAccess access;
    private final ListeningDashboard listening;
    private final ServiceDashboard service;
    private final Clock clock;
    private final WorkspaceTimeZones zones;

    DashboardData(WorkspaceAccess access, ListeningDashboard listening, ServiceDashboard service, Clock clock, WorkspaceTimeZones zones) {
        this.zones = zones;
        this.access = access;
        this.listening = listening;
        this.service = service;
        this.clock = clock;
    }

    @GetMapping("/listening/data")
    ListeningFigures listening(@PathVariable String workspace, FilterParams params) {
        var scope = access.require(workspace, Role.VIEWER);
        return listening.figures(scope.id(), params.toFilter(clock, zones.zoneOf(scope.id())));
    }

    @GetMapping("/service/data")
    ServiceFigures service(@PathVariable String workspace, FilterParams params) {
        var scope = access.require(workspace, Role.VIEWER);
        return service.figures(scope.id(), params.toFilter(clock, zones.zoneOf(scope.id())));
    }
}
