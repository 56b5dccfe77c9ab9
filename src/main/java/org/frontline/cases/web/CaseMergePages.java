package org.frontline.cases.web;

import java.util.UUID;
import org.frontline.cases.CaseId;
import org.frontline.cases.CaseMerging;
import org.frontline.cases.internal.Subjects;
import org.frontline.ingest.PostId;
import org.frontline.ingest.Posts;
import org.frontline.workspaces.Role;
import org.frontline.workspaces.WorkspaceAccess;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Merging another case into this one, and splitting a mention out of it, from the case page. */
@Controller
@RequestMapping("/w/{workspace}/cases/{id}")
class CaseMergePages {

    private final WorkspaceAccess access;
    private final CaseMerging merging;
    private final Posts posts;

    CaseMergePages(WorkspaceAccess access, CaseMerging merging, Posts posts) {
        this.access = access;
        this.merging = merging;
        this.posts = posts;
    }

    @PostMapping("/merge")
    String merge(
            @PathVariable String workspace, @PathVariable UUID id, @RequestParam String other, Authentication who, RedirectAttributes redirect) {
        var scope = access.require(workspace, Role.AGENT);
        try {
            merging.merge(scope.id(), new CaseId(id), new CaseId(UUID.fromString(other.strip())), who.getName());
            redirect.addFlashAttribute("notice", "Merged: the other case's mentions are now here, and it is closed.");
        } catch (ErrorResponseException e) {
            redirect.addFlashAttribute("error", e.getBody().getDetail());
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", "Paste the full id of another case of this workspace.");
        }
        return "redirect:/w/" + scope.slug() + "/cases/" + id;
    }

    @PostMapping("/split")
    String split(
            @PathVariable String workspace, @PathVariable UUID id, @RequestParam UUID post, Authentication who, RedirectAttributes redirect) {
        var scope = access.require(workspace, Role.AGENT);
        var postId = new PostId(post);
        var text = posts.find(scope.id(), postId).map(p -> Subjects.of(p.text())).orElse("Split mention");
        try {
            var created = merging.split(scope.id(), new CaseId(id), postId, text, who.getName());
            redirect.addFlashAttribute("notice", "The mention is now a case of its own.");
            return "redirect:/w/" + scope.slug() + "/cases/" + created;
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/w/" + scope.slug() + "/cases/" + id;
        }
    }
}
