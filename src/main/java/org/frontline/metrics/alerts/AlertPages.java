package org.frontline.metrics.alerts;

import java.time.Clock;
import java.util.List;
import org.frontline.workspaces.Role;
import org.frontline.workspaces.WorkspaceAccess;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** {@code /w/{workspace}/alerts}: the spike and crisis alerts, newest first; opening the list marks them seen. */
@Controller
class AlertPages {

    private final WorkspaceAccess access;
    private final AlertRepository alerts;
    private final Clock clock;

    AlertPages(WorkspaceAccess access, AlertRepository alerts, Clock clock) {
        this.access = access;
        this.alerts = alerts;
        this.clock = clock;
    }

    @GetMapping("/w/{workspace}/alerts")
    String list(@PathVariable String workspace, Model model) {
        var scope = access.require(workspace, Role.VIEWER);
        List<Alert> recent = alerts.recent(scope.id().value(), 100);
        model.addAttribute("workspace", scope);
        model.addAttribute("dashboard", "alerts");
        model.addAttribute("alerts", recent);
        model.addAttribute("unseen", alerts.unseen(scope.id().value()));
        alerts.markSeen(scope.id().value(), clock.instant());
        return "alerts/list";
    }
}
