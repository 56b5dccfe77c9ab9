package org.frontline.metrics.web;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Arrays;
import org.frontline.ingest.Channel;
import org.frontline.matching.TrackingQueries;
import org.frontline.metrics.DashboardFilter;
import org.frontline.metrics.report.ReportRecipients;
import org.frontline.routing.Teams;
import org.frontline.workspaces.Role;
import org.frontline.workspaces.WorkspaceAccess;
import org.frontline.workspaces.WorkspaceTimeZones;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The dashboard pages: the filters and empty chart frames; static/js/dashboards.js fetches the figures from
 * {@link DashboardData} and draws them, since the CSP allows no inline script. Admins set the workspace's time
 * zone here, since every day and hour on these pages is one of its days and hours.
 */
@Controller
@RequestMapping("/w/{workspace}/dashboards")
class DashboardPages {

    private final WorkspaceAccess access;
    private final TrackingQueries queries;
    private final Teams teams;
    private final WorkspaceTimeZones zones;
    private final ReportRecipients recipients;
    private final Clock clock;

    DashboardPages(WorkspaceAccess access, TrackingQueries queries, Teams teams, WorkspaceTimeZones zones, ReportRecipients recipients,
            Clock clock) {
        this.recipients = recipients;
        this.access = access;
        this.queries = queries;
        this.teams = teams;
        this.zones = zones;
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

    @PostMapping("/time-zone")
    String timeZone(@PathVariable String workspace, @RequestParam String zone, RedirectAttributes redirect) {
        var scope = access.require(workspace, Role.ADMIN);
        try {
            redirect.addFlashAttribute("notice", "Dashboards now use " + zones.setZone(scope.id(), zone).getId() + ".");
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("notice", "That is not a known time zone.");
        }
        return "redirect:/w/" + scope.slug() + "/dashboards";
    }

    /** Who gets the weekly summary e-mail: addresses separated by commas, spaces or lines. */
    @PostMapping("/report-recipients")
    String reportRecipients(@PathVariable String workspace, @RequestParam(defaultValue = "") String emails, RedirectAttributes redirect) {
        var scope = access.require(workspace, Role.ADMIN);
        try {
            recipients.replace(scope.id(), Arrays.asList(emails.split("[,;\\s]+")));
            redirect.addFlashAttribute("notice", "Weekly summary recipients saved.");
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("notice", e.getMessage());
        }
        return "redirect:/w/" + scope.slug() + "/dashboards";
    }

    @GetMapping("/customers")
    String customers(@PathVariable String workspace, FilterParams params, Model model) {
        return page(workspace, "customers", params, model);
    }

    private String page(String workspace, String dashboard, FilterParams params, Model model) {
        var scope = access.require(workspace, Role.VIEWER);
        var zone = zones.zoneOf(scope.id());
        DashboardFilter filter = params.toFilter(clock, zone);
        model.addAttribute("workspace", scope);
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("from", filter.from().atZone(zone).toLocalDate().toString());
        model.addAttribute("to", filter.to().minusSeconds(1).atZone(zone).toLocalDate().toString());
        model.addAttribute("channel", filter.channel().map(Channel::wireName).orElse(""));
        model.addAttribute("query", filter.query().map(q -> q.value().toString()).orElse(""));
        model.addAttribute("team", filter.team().map(t -> t.value().toString()).orElse(""));
        model.addAttribute("language", filter.language().orElse(""));
        model.addAttribute("channels", Arrays.stream(Channel.values()).map(Channel::wireName).toList());
        model.addAttribute("queries", queries.list(scope.id()));
        model.addAttribute("teams", teams.list(scope.id()));
        model.addAttribute("zone", zone.getId());
        model.addAttribute("canAdmin", scope.role().includes(Role.ADMIN));
        model.addAttribute("recipients", String.join(", ", recipients.of(scope.id())));
        model.addAttribute("zones", ZoneId.getAvailableZoneIds().stream().filter(z -> z.contains("/") || z.equals("UTC")).sorted().toList());
        return "dashboards/" + dashboard;
    }
}
