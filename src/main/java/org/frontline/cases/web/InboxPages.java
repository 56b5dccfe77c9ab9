package org.frontline.cases.web;

import java.util.UUID;
import org.frontline.cases.CaseId;
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

    InboxPages(WorkspaceAccess access, CaseViews views) {
        this.access = access;
        this.views = views;
    }

    @GetMapping("/w/{workspace}")
    String home(@PathVariable String workspace) {
        var scope = access.require(workspace, Role.VIEWER);
        return "redirect:/w/" + scope.slug() + "/inbox";
    }

    @GetMapping("/w/{workspace}/inbox")
    String inbox(@PathVariable String workspace, @RequestParam(defaultValue = "0") int page, Model model) {
        var scope = access.require(workspace, Role.VIEWER);
        fillInbox(scope, page, model);
        return "inbox";
    }

    /** Just the rows, for the page's periodic refresh. */
    @GetMapping("/w/{workspace}/inbox/rows")
    String inboxRows(@PathVariable String workspace, @RequestParam(defaultValue = "0") int page, Model model) {
        var scope = access.require(workspace, Role.VIEWER);
        fillInbox(scope, page, model);
        return "inbox :: rows";
    }

    @GetMapping("/w/{workspace}/cases/{id}")
    String casePage(@PathVariable String workspace, @PathVariable UUID id, Model model) {
        var scope = access.require(workspace, Role.VIEWER);
        var detail = views.detail(scope.id(), new CaseId(id))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such case"));
        model.addAttribute("workspace", scope);
        model.addAttribute("workspaces", access.visible());
        model.addAttribute("detail", detail);
        return "case";
    }

    private void fillInbox(WorkspaceRef scope, int page, Model model) {
        model.addAttribute("workspace", scope);
        model.addAttribute("workspaces", access.visible());
        model.addAttribute("cases", views.inbox(scope.id(), new PageRequest(Math.max(page, 0), INBOX_SIZE)));
    }
}
