package org.frontline.cases.web;

import java.util.UUID;
import org.frontline.cases.CaseId;
import org.frontline.cases.CaseManagement;
import org.frontline.cases.CaseStatus;
import org.frontline.cases.internal.CasePresence;
import org.frontline.cases.internal.InboxStream;
import org.frontline.routing.Agents;
import org.springframework.security.core.Authentication;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.frontline.shared.PageRequest;
import org.frontline.workspaces.Role;
import org.frontline.workspaces.WorkspaceAccess;
import org.frontline.workspaces.WorkspaceRef;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The inbox (refreshing itself while open) and the case page. */
@Controller
class InboxPages {

    static final int INBOX_SIZE = 50;

    private final WorkspaceAccess access;
    private final CaseViews views;
    private final CaseManagement management;
    private final Agents agents;
    private final org.frontline.routing.Teams teams;
    private final InboxStream stream;
    private final CasePresence presence;

    InboxPages(
            WorkspaceAccess access,
            CaseViews views,
            CaseManagement management,
            Agents agents,
            org.frontline.routing.Teams teams,
            InboxStream stream,
            CasePresence presence) {
        this.access = access;
        this.views = views;
        this.management = management;
        this.agents = agents;
        this.teams = teams;
        this.stream = stream;
        this.presence = presence;
    }

    @GetMapping("/w/{workspace}")
    String home(@PathVariable String workspace) {
        var scope = access.require(workspace, Role.VIEWER);
        return "redirect:/w/" + scope.slug() + "/inbox";
    }

    @GetMapping("/w/{workspace}/inbox")
    String inbox(@PathVariable String workspace, @RequestParam(defaultValue = "0") int page, InboxFilterForm filter, Model model) {
        var scope = access.require(workspace, Role.VIEWER);
        fillInbox(scope, page, filter, model);
        return "inbox";
    }

    /** Just the rows, for the page's live refresh. */
    @GetMapping("/w/{workspace}/inbox/rows")
    String inboxRows(@PathVariable String workspace, @RequestParam(defaultValue = "0") int page, InboxFilterForm filter, Model model) {
        var scope = access.require(workspace, Role.VIEWER);
        fillInbox(scope, page, filter, model);
        return "inbox :: rows";
    }

    /** Server-sent events telling an open inbox to refresh its rows. */
    @GetMapping(path = "/w/{workspace}/inbox/events", produces = "text/event-stream")
    SseEmitter inboxEvents(@PathVariable String workspace) {
        return stream.subscribe(access.require(workspace, Role.VIEWER).id());
    }

    /** Who else has this case open: polled by the case page, answered as a small fragment. */
    @GetMapping("/w/{workspace}/cases/{id}/presence")
    String presence(@PathVariable String workspace, @PathVariable UUID id, Authentication who, Model model) {
        access.require(workspace, Role.VIEWER);
        model.addAttribute("others", presence.checkIn(new CaseId(id), who.getName()));
        return "case :: presence";
    }

    @GetMapping("/w/{workspace}/cases/{id}")
    String casePage(@PathVariable String workspace, @PathVariable UUID id, Model model) {
        var scope = access.require(workspace, Role.VIEWER);
        var detail = views.detail(scope.id(), new CaseId(id))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such case"));
        model.addAttribute("workspace", scope);
        model.addAttribute("workspaces", access.visible());
        model.addAttribute("detail", detail);
        model.addAttribute("activity", management.activity(scope.id(), new CaseId(id)));
        model.addAttribute("agents", agents.list(scope.id()));
        model.addAttribute("canAct", scope.role().includes(Role.AGENT));
        model.addAttribute("statuses", java.util.Arrays.stream(CaseStatus.values())
                .filter(s -> detail.record().status().canBecome(s))
                .toList());
        return "case";
    }

    private void fillInbox(WorkspaceRef scope, int page, InboxFilterForm filter, Model model) {
        model.addAttribute("workspace", scope);
        model.addAttribute("workspaces", access.visible());
        model.addAttribute("filter", filter);
        model.addAttribute("teams", teams.list(scope.id()));
        model.addAttribute("agents", agents.list(scope.id()));
        model.addAttribute("canAct", scope.role().includes(Role.AGENT));
        model.addAttribute("cases", views.inbox(scope.id(), filter.toFilter(), new PageRequest(Math.max(page, 0), INBOX_SIZE)));
    }
}
