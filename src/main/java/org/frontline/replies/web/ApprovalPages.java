package org.frontline.replies.web;

import org.frontline.replies.ReplyApprovals;
import org.frontline.workspaces.Role;
import org.frontline.workspaces.WorkspaceAccess;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The approver's list of drafts awaiting approval, the inbox's link to it, and the admin's switch that turns the
 * approval step on or off for the workspace.
 */
@Controller
class ApprovalPages {

    private final WorkspaceAccess access;
    private final ReplyApprovals approvals;

    ApprovalPages(WorkspaceAccess access, ReplyApprovals approvals) {
        this.access = access;
        this.approvals = approvals;
    }

    @GetMapping("/w/{workspace}/approvals")
    String list(@PathVariable String workspace, Model model) {
        var scope = access.require(workspace, Role.APPROVER);
        model.addAttribute("workspace", scope);
        model.addAttribute("required", approvals.required(scope.id()));
        model.addAttribute("canChange", scope.role().includes(Role.ADMIN));
        model.addAttribute("drafts", approvals.awaitingApproval(scope.id()));
        return "replies/approvals";
    }

    /** The inbox's line for approvers (and admins, who switch the step on): how many drafts wait. Empty for agents. */
    @GetMapping("/w/{workspace}/approvals/summary")
    String summary(@PathVariable String workspace, Model model) {
        var scope = access.require(workspace, Role.VIEWER);
        var reviewer = scope.role().includes(Role.APPROVER);
        model.addAttribute("workspace", scope);
        var count = reviewer ? approvals.countAwaitingApproval(scope.id()) : 0;
        var required = approvals.required(scope.id());
        model.addAttribute("show", reviewer && (required || count > 0 || scope.role().includes(Role.ADMIN)));
        model.addAttribute("required", required);
        model.addAttribute("count", count);
        return "replies/approvals :: summary";
    }

    @PostMapping("/w/{workspace}/approvals/setting")
    String change(@PathVariable String workspace, @RequestParam boolean required, Authentication who, RedirectAttributes redirect) {
        var scope = access.require(workspace, Role.ADMIN);
        approvals.require(scope.id(), required, Actors.of(who));
        redirect.addFlashAttribute("notice", required
                ? "Replies by agents now wait for an approver before they go out."
                : "Approval is off: agents' replies go out directly. Drafts already waiting still need a decision.");
        return "redirect:/w/" + scope.slug() + "/approvals";
    }
}
