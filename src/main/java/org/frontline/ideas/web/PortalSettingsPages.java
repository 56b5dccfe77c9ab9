package org.frontline.ideas.web;

import java.io.IOException;
import org.frontline.ideas.internal.Portal;
import org.frontline.ideas.internal.PortalRefused;
import org.frontline.ideas.internal.Portals;
import org.frontline.workspaces.Role;
import org.frontline.workspaces.WorkspaceAccess;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Where an admin opens the workspace's public portal and gives it a name, tagline, colour and logo. */
@Controller
@RequestMapping("/w/{workspace}/ideas/settings")
class PortalSettingsPages {

    private final WorkspaceAccess access;
    private final Portals portals;

    PortalSettingsPages(WorkspaceAccess access, Portals portals) {
        this.access = access;
        this.portals = portals;
    }

    @GetMapping
    String page(@PathVariable String workspace, Model model) {
        var scope = access.require(workspace, Role.ADMIN);
        var portal = portals.of(scope.id());
        model.addAttribute("workspace", scope);
        model.addAttribute("workspaces", access.visible());
        model.addAttribute("portal", portal.orElse(null));
        model.addAttribute("title", portal.map(Portal::title).orElse(scope.name()));
        model.addAttribute("tagline", portal.map(Portal::tagline).orElse(""));
        model.addAttribute("color", portal.map(Portal::accentColor).orElse(Portal.DEFAULT_COLOR));
        return "ideas/settings";
    }

    @PostMapping
    String save(@PathVariable String workspace, @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String tagline, @RequestParam(defaultValue = "") String color,
            RedirectAttributes flash) {
        var scope = access.require(workspace, Role.ADMIN);
        try {
            portals.open(scope.id(), scope.slug(), title, tagline, color);
            flash.addFlashAttribute("notice", "Saved. The portal is public at /p/" + scope.slug() + ".");
        } catch (PortalRefused e) {
            flash.addFlashAttribute("error", e.message());
        }
        return "redirect:/w/" + scope.slug() + "/ideas/settings";
    }

    @PostMapping("/logo")
    String logo(@PathVariable String workspace, @RequestParam("logo") MultipartFile file, RedirectAttributes flash)
            throws IOException {
        var scope = access.require(workspace, Role.ADMIN);
        if (portals.of(scope.id()).isEmpty()) {
            flash.addFlashAttribute("error", "Open the portal first.");
            return "redirect:/w/" + scope.slug() + "/ideas/settings";
        }
        try {
            portals.setLogo(scope.id(), file.getSize() > 1_000_000 ? new byte[0] : file.getBytes());
            flash.addFlashAttribute("notice", "Logo saved.");
        } catch (PortalRefused e) {
            flash.addFlashAttribute("error", e.message());
        }
        return "redirect:/w/" + scope.slug() + "/ideas/settings";
    }
}
