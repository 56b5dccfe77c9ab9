package org.frontline.cases.web;

import java.util.List;
import java.util.UUID;
import org.frontline.cases.CaseId;
import org.frontline.cases.CaseManagement;
import org.frontline.cases.CaseStatus;
import org.frontline.routing.AgentId;
import org.frontline.shared.WorkspaceId;
import org.frontline.workspaces.Role;
import org.frontline.workspaces.WorkspaceAccess;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Bulk actions from the inbox: resolve, close, park or assign many cases at once. */
@Controller
class InboxBulkActions {

    private final WorkspaceAccess access;
    private final CaseManagement management;

    InboxBulkActions(WorkspaceAccess access, CaseManagement management) {
        this.access = access;
        this.management = management;
    }

    /** Applies one action to the selected cases; each case is changed on its own, so one refusal stops no other. */
    @PostMapping("/w/{workspace}/inbox/bulk")
    String bulk(
            @PathVariable String workspace,
            @RequestParam(name = "ids", required = false) List<UUID> ids,
            @RequestParam String action,
            @RequestParam(defaultValue = "") String back,
            Authentication who,
            RedirectAttributes redirect) {
        var scope = access.require(workspace, Role.AGENT);
        var selected = ids == null ? List.<UUID>of() : ids;
        var done = 0;
        for (var id : selected) {
            try {
                applyBulk(scope.id(), new CaseId(id), action, who.getName());
                done++;
            } catch (ErrorResponseException | IllegalArgumentException e) {
                // Reported in the count below: a closed case cannot be reopened, a foreign id is not found.
            }
        }
        redirect.addFlashAttribute("notice", done + " of " + selected.size() + " cases updated.");
        var query = back.startsWith("?") && back.length() < 2000 ? back : "";
        return "redirect:/w/" + scope.slug() + "/inbox" + query;
    }

    private void applyBulk(WorkspaceId workspace, CaseId id, String action, String actor) {
        if (action.startsWith("assign:")) {
            var agent = action.substring("assign:".length());
            management.assign(workspace, id, agent.isEmpty() ? null : new AgentId(UUID.fromString(agent)), actor);
        } else {
            management.changeStatus(workspace, id, CaseStatus.parse(action), actor);
        }
    }
}
