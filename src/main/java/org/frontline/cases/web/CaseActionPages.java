package org.frontline.cases.web;

import java.util.UUID;
import org.frontline.cases.CaseId;
import org.frontline.cases.CaseManagement;
import org.frontline.cases.CaseStatus;
import org.frontline.cases.InvalidTransition;
import org.frontline.routing.AgentId;
import org.frontline.workspaces.Role;
import org.frontline.workspaces.WorkspaceAccess;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The case page's forms: status, assignment and internal notes. Each answers with the case page again. */
@Controller
@RequestMapping("/w/{workspace}/cases/{id}")
class CaseActionPages {

    static final int MAX_NOTE = 10_000;

    private final WorkspaceAccess access;
    private final CaseManagement cases;

    CaseActionPages(WorkspaceAccess access, CaseManagement cases) {
        this.access = access;
        this.cases = cases;
    }

    @PostMapping("/status")
    String status(
            @PathVariable String workspace, @PathVariable UUID id, @RequestParam String status, Authentication who, RedirectAttributes redirect) {
        var scope = access.require(workspace, Role.AGENT);
        try {
            cases.changeStatus(scope.id(), new CaseId(id), CaseStatus.parse(status), who.getName());
        } catch (InvalidTransition e) {
            redirect.addFlashAttribute("error", e.getBody().getDetail());
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", "Unknown status.");
        }
        return back(scope.slug(), id);
    }

    @PostMapping("/assignee")
    String assign(
            @PathVariable String workspace, @PathVariable UUID id, @RequestParam(required = false) String agent, Authentication who,
            RedirectAttributes redirect) {
        var scope = access.require(workspace, Role.AGENT);
        try {
            var agentId = agent == null || agent.isBlank() ? null : new AgentId(UUID.fromString(agent));
            cases.assign(scope.id(), new CaseId(id), agentId, who.getName());
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", "Choose an agent of this workspace.");
        }
        return back(scope.slug(), id);
    }

    @PostMapping("/notes")
    String note(
            @PathVariable String workspace, @PathVariable UUID id, @RequestParam String text, Authentication who, RedirectAttributes redirect) {
        var scope = access.require(workspace, Role.AGENT);
        if (text.isBlank() || text.length() > MAX_NOTE) {
            redirect.addFlashAttribute("error", "A note needs text, up to " + MAX_NOTE + " characters.");
        } else {
            cases.addNote(scope.id(), new CaseId(id), who.getName(), text.strip());
        }
        return back(scope.slug(), id);
    }

    private static String back(String slug, UUID id) {
        return "redirect:/w/" + slug + "/cases/" + id;
    }
}
