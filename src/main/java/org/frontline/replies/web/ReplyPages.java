package org.frontline.replies.web;

import java.util.Map;
import java.util.UUID;
import org.frontline.cases.CaseId;
import org.frontline.cases.CaseNotFound;
import org.frontline.cases.CaseOverviews;
import org.frontline.replies.DeliveryState;
import org.frontline.replies.ReplyTemplate;
import org.frontline.replies.OwnDraftApproval;
import org.frontline.replies.Replies;
import org.frontline.replies.ReplyApprovals;
import org.frontline.replies.ReplyNotAwaitingApproval;
import org.frontline.replies.ReplyNotFound;
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

/** The reply composer on the case page (loaded as a fragment) with the case's drafts, and their submission and review. */
@Controller
@RequestMapping("/w/{workspace}/cases/{id}")
class ReplyPages {

    static final int MAX_REPLY = 40_000;

    private final WorkspaceAccess access;
    private final CaseOverviews cases;
    private final Replies replies;
    private final ReplyApprovals approvals;

    ReplyPages(WorkspaceAccess access, CaseOverviews cases, Replies replies, ReplyApprovals approvals) {
        this.access = access;
        this.cases = cases;
        this.replies = replies;
        this.approvals = approvals;
    }

    @GetMapping("/composer")
    String composer(@PathVariable String workspace, @PathVariable UUID id, Model model, Authentication who) {
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
        model.addAttribute("mustDraft", approvals.needsApproval(scope.id(), scope.role()));
        model.addAttribute("canReview", scope.role().includes(Role.APPROVER));
        model.addAttribute("me", Actors.of(who));
        model.addAttribute("drafts", replies.ofCase(scope.id(), new CaseId(id)).stream()
                .filter(r -> r.state() == DeliveryState.AWAITING_APPROVAL || r.state() == DeliveryState.REJECTED)
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
            var reply = approvals.answerOrDraft(scope.id(), caseId, overview.channel(), Actors.of(who), scope.role(), text);
            redirect.addFlashAttribute("notice", switch (reply.state()) {
                case AWAITING_APPROVAL -> "Draft saved: it goes out when an approver approves it.";
                case ANSWERED_ELSEWHERE -> "Answer recorded as sent on " + overview.channel() + ".";
                default -> "Answer queued for " + overview.channel() + ": it goes out on the customer's thread.";
            });
        }
        return "redirect:/w/" + scope.slug() + "/cases/" + id;
    }

    @PostMapping("/replies/{reply}/approve")
    String approve(
            @PathVariable String workspace, @PathVariable UUID id, @PathVariable UUID reply, @RequestParam(required = false) String text,
            Authentication who, RedirectAttributes redirect) {
        var scope = access.require(workspace, Role.APPROVER);
        if (text != null && text.length() > MAX_REPLY) {
            redirect.addFlashAttribute("error", "A reply is at most " + MAX_REPLY + " characters.");
        } else {
            review(redirect, () -> {
                var sent = approvals.approve(scope.id(), new CaseId(id), reply, Actors.of(who), text);
                return sent.state() == DeliveryState.ANSWERED_ELSEWHERE
                        ? "Approved: post it on " + sent.channel() + " by hand; it is recorded as the answer."
                        : "Approved and queued: it goes out on the customer's thread.";
            });
        }
        return "redirect:/w/" + scope.slug() + "/cases/" + id;
    }

    @PostMapping("/replies/{reply}/reject")
    String reject(
            @PathVariable String workspace, @PathVariable UUID id, @PathVariable UUID reply, @RequestParam String reason,
            Authentication who, RedirectAttributes redirect) {
        var scope = access.require(workspace, Role.APPROVER);
        if (reason.isBlank() || reason.length() > 2_000) {
            redirect.addFlashAttribute("error", "Say why the draft is rejected (at most 2,000 characters).");
        } else {
            review(redirect, () -> {
                approvals.reject(scope.id(), new CaseId(id), reply, Actors.of(who), reason);
                return "Draft rejected: its author sees your reason on the case.";
            });
        }
        return "redirect:/w/" + scope.slug() + "/cases/" + id;
    }

    /** Runs a review and flashes its outcome; a refused review (already sent, own draft) is told, not thrown. */
    private static void review(RedirectAttributes redirect, java.util.function.Supplier<String> action) {
        try {
            redirect.addFlashAttribute("notice", action.get());
        } catch (ReplyNotAwaitingApproval | OwnDraftApproval | ReplyNotFound refused) {
            redirect.addFlashAttribute("error", refused.getBody().getDetail());
        }
    }
}
