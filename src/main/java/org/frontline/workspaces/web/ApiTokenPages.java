package org.frontline.workspaces.web;

import java.util.UUID;
import org.frontline.workspaces.ApiTokens;
import org.frontline.workspaces.Role;
import org.frontline.workspaces.WorkspaceAccess;
import org.frontline.workspaces.WorkspaceRef;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin page for API tokens. A new token is shown on the page that created it, and never again. */
@Controller
@RequestMapping("/w/{workspace}/settings/tokens")
class ApiTokenPages {

    private final WorkspaceAccess access;
    private final ApiTokens tokens;

    ApiTokenPages(WorkspaceAccess access, ApiTokens tokens) {
        this.access = access;
        this.tokens = tokens;
    }

    @GetMapping
    String list(@PathVariable String workspace, Model model) {
        return page(access.require(workspace, Role.ADMIN), model, null, null);
    }

    @PostMapping
    String issue(@PathVariable String workspace, @RequestParam String name, @RequestParam String role, Model model) {
        var scope = access.require(workspace, Role.ADMIN);
        var trimmed = name.strip();
        if (trimmed.isEmpty() || trimmed.length() > 200 || !role.matches("admin|approver|agent|viewer")) {
            return page(scope, model, null, "Give the token a name (up to 200 characters) and a role.");
        }
        var issued = tokens.issue(scope.id(), trimmed, Role.parse(role));
        return page(scope, model, issued.plainToken(), null);
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable String workspace, @PathVariable UUID id, RedirectAttributes redirect) {
        var scope = access.require(workspace, Role.ADMIN);
        tokens.revoke(scope.id(), id);
        redirect.addFlashAttribute("notice", "Token revoked: requests that use it are refused from now on.");
        return "redirect:/w/" + scope.slug() + "/settings/tokens";
    }

    private String page(WorkspaceRef scope, Model model, String newToken, String error) {
        model.addAttribute("workspace", scope);
        model.addAttribute("tokens", tokens.list(scope.id()));
        model.addAttribute("newToken", newToken);
        model.addAttribute("error", error);
        return "tokens";
    }
}
