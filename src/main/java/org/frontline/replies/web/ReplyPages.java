package org.frontline.replies.web;

import java.util.Map;
import java.util.UUID;
import org.frontline.cases.CaseId;
import org.frontline.cases.CaseNotFound;
import org.frontline.cases.CaseOverviews;
import org.frontline.replies.DeliveryState;
import org.frontline.replies.ReplyTemplate;
import org.frontline.replies.Replies;
import org.frontline.workspaces.Role;
import org.frontline.workspaces.WorkspaceAccess;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The reply composer on the case page (loaded as a fragment) and its submission. */
@Controller
@RequestMapping("/w/{workspace}/cases/{id}")
class ReplyPages {

    static final int MAX_REPLY = 40_000;

    private final WorkspaceAccess access;
    private final CaseOverviews cases;
    private final Replies replies;

    ReplyPages(WorkspaceAccess access, CaseOverviews cases, Replies replies) {
        this.access = access;
        this.cases = cases;
        this.replies = replies;
    }

    @GetMapping("/composer")
    String composer(@PathVariable String workspace, @PathVariable UUID id, Model model) {
        var scope = access.require(workspace, Role.AGENT);
        var overview = cases.find(scope.id(), new CaseId(id)).orElseThrow(() -> new CaseNotFound(new CaseId(id)));
        var values = Map.of("contact.name", overview.contactName(), "case.id", overview.id().toString().substring(0, 8));
        model.addAttribute("workspace", scope);
        model.addAttribute("caseId", id);
        model.addAttribute("channel", overview.channel());
        model.addAttribute("limit", ReplyTemplate.lengthLimit(overview.channel()));
        model.addAttribute("canned", replies.cannedResponses(scope.id()).stream()
                .map(c -> Map.of("name", c.name(), "text", ReplyTemplate.render(c.body(), values)))
                .toList());
        return "replies/composer :: composer";
    }

    @PostMapping("/replies")
    String reply(
            @PathVariable String workspace, @PathVariable UUID id, @RequestParam String text, Authentication who,
            RedirectAttributes redirect) {
        var scope = access.require(workspace, Role.AGENT);
        var caseId = new CaseId(id);
        var overview = cases.find(scope.id(), caseId).orElseThrow(() -> new CaseNotFound(caseId));
        if (text.isBlank() || text.length() > MAX_REPLY) {
            redirect.addFlashAttribute("error", "A reply needs text.");
        } else {
            var reply = replies.answer(scope.id(), caseId, overview.channel(), who.getName(), text);
            redirect.addFlashAttribute("notice", reply.state() == DeliveryState.ANSWERED_ELSEWHERE
                    ? "Answer recorded as sent on " + overview.channel() + "."
                    : "Answer queued for " + overview.channel() + ": it goes out on the customer's thread.");
        }
        return "redirect:/w/" + scope.slug() + "/cases/" + id;
    }
}
