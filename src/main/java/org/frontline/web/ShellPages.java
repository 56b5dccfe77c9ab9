package org.frontline.web;

import org.frontline.workspaces.WorkspaceAccess;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page and the landing redirect into the first workspace. */
@Controller
class ShellPages {

    private final WorkspaceAccess access;

    ShellPages(WorkspaceAccess access) {
        this.access = access;
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/")
    String home(Model model) {
        var workspaces = access.visible();
        if (workspaces.isEmpty()) {
            return "no-workspace";
        }
        return "redirect:/w/" + workspaces.getFirst().slug() + "/inbox";
    }
}
