package org.frontline.metrics.web;

import java.time.Clock;
import java.util.Arrays;
import org.frontline.ingest.Channel;
import org.frontline.matching.TrackingQueries;
import org.frontline.metrics.DashboardFilter;
import org.frontline.workspaces.Role;
import org.frontline.workspaces.WorkspaceAccess;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The dashboard pages: the filters and empty chart frames; static/js/dashboards.js fetches the figures from
 * {@link DashboardData} and draws them, since the CSP allows no inline script.
 */
@Controller
@RequestMapping("/w/{workspace}/dashboards")
class DashboardPages {

    private final WorkspaceAccess access;
    private final TrackingQueries queries;
    private final Clock clock;

    DashboardPages(WorkspaceAccess access, TrackingQueries queries, Clock clock) {
        this.access = access;
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping({"", "/listening"})
    String listening(@PathVariable String workspace, FilterParams params, Model model) {
        return page(workspace, "listening", params, model);
    }

    @GetMapping("/service")
    String service(@PathVariable String workspace, FilterParams params, Model model) {
        return page(workspace, "service", params, model);
    }

    @GetMapping("/customers")
    String customers(@PathVariable String workspace, FilterParams params, Model model) {
        return page(workspace, "customers", params, model);
    }

    private String page(String workspace, String dashboard, FilterParams params, Model model) {
        var scope = access.require(workspace, Role.VIEWER);
        DashboardFilter filter = params.toFilter(clock);
        model.addAttribute("workspace", scope);
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("from", filter.from().toString().substring(0, 10));
        model.addAttribute("to", filter.to().minusSeconds(1).toString().substring(0, 10));
        model.addAttribute("channel", filter.channel().map(Channel::wireName).orElse(""));
        model.addAttribute("query", filter.query().map(q -> q.value().toString()).orElse(""));
        model.addAttribute("channels", Arrays.stream(Channel.values()).map(Channel::wireName).toList());
        model.addAttribute("queries", queries.list(scope.id()));
        return "dashboards/" + dashboard;
    }
}
