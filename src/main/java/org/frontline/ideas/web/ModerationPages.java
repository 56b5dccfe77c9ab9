package org.frontline.ideas.web;

import java.security.Principal;
import java.util.UUID;
import org.frontline.ideas.TopicNotFound;
import org.frontline.ideas.TopicStatus;
import org.frontline.ideas.internal.CommentRepository;
import org.frontline.ideas.internal.Markdown;
import org.frontline.ideas.internal.MentionLinks;
import org.frontline.ideas.internal.Merging;
import org.frontline.ideas.internal.Moderation;
import org.frontline.ideas.internal.Portal;
import org.frontline.ideas.internal.PortalRefused;
import org.frontline.ideas.internal.Portals;
import org.frontline.ideas.internal.RankedTopics;
import org.frontline.ideas.internal.StatusHistory;
import org.frontline.ideas.internal.Topic;
import org.frontline.ideas.internal.TopicFilter;
import org.frontline.ideas.internal.TopicRepository;
import org.frontline.ideas.internal.Visibility;
import org.frontline.ingest.Posts;
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

/**
 * The company's side of the portal: every topic (held and hidden ones too) ranked by the company's score,
 * and one page per topic to set its status, answer, tag, hide, merge, and answer the authors of its linked
 * mentions. Viewers may look; agents act; admins also see and set what weighs in the ranking.
 */
@Controller
@RequestMapping("/w/{workspace}/ideas")
class ModerationPages {

    record CommentView(org.frontline.ideas.internal.Comment comment, String html) {}

    record LinkedMention(MentionLinks.Link link, org.frontline.ingest.PostView post) {}

    private final WorkspaceAccess access;
    private final Portals portals;
    private final TopicRepository topics;
    private final RankedTopics ranking;
    private final CommentRepository comments;
    private final StatusHistory history;
    private final MentionLinks links;
    private final Posts posts;
    private final Moderation moderation;
    private final Merging merging;

    ModerationPages(
            WorkspaceAccess access,
            Portals portals,
            TopicRepository topics,
            RankedTopics ranking,
            CommentRepository comments,
            StatusHistory history,
            MentionLinks links,
            Posts posts,
            Moderation moderation,
            Merging merging) {
        this.access = access;
        this.portals = portals;
        this.topics = topics;
        this.ranking = ranking;
        this.comments = comments;
        this.history = history;
        this.links = links;
        this.posts = posts;
        this.moderation = moderation;
        this.merging = merging;
    }

    @GetMapping
    String list(@PathVariable String workspace, @RequestParam(defaultValue = "ranked") String view, Model model) {
        var scope = access.require(workspace, Role.VIEWER);
        var portal = portals.of(scope.id());
        common(model, scope);
        model.addAttribute("portal", portal.orElse(null));
        model.addAttribute("view", view);
        if (portal.isEmpty()) {
            return "ideas/list";
        }
        var ranked = ranking.ranked(scope.id(), TopicFilter.everything());
        model.addAttribute("ranked", ranked.stream()
                .filter(r -> switch (view) {
                    case "held" -> r.topic().visibility() == Visibility.HELD;
                    case "hidden" -> r.topic().visibility() == Visibility.HIDDEN;
                    case "flagged" -> r.topic().rude();
                    default -> true;
                })
                .toList());
        return "ideas/list";
    }

    @GetMapping("/t/{number}")
    String topic(@PathVariable String workspace, @PathVariable int number, Model model) {
        var scope = access.require(workspace, Role.VIEWER);
        var portal = requirePortal(scope);
        var topic = find(scope, number);
        common(model, scope);
        model.addAttribute("portal", portal);
        model.addAttribute("topic", topic);
        model.addAttribute("bodyHtml", Markdown.toSafeHtml(topic.body()));
        model.addAttribute("answer", topic.officialAnswer() == null ? "" : topic.officialAnswer());
        model.addAttribute("comments", comments.of(scope.id(), topic.id(), true).stream()
                .map(c -> new CommentView(c, Markdown.toSafeHtml(c.body())))
                .toList());
        model.addAttribute("history", history.of(scope.id(), topic.id()));
        model.addAttribute("mergedInto", topic.mergedInto() == null ? null
                : topics.find(scope.id(), topic.mergedInto()).map(Topic::number).orElse(null));
        var linked = links.of(scope.id(), topic.id());
        var postsById = posts.findAll(scope.id(), linked.stream().map(MentionLinks.Link::post).toList());
        model.addAttribute("mentions", linked.stream()
                .filter(l -> postsById.containsKey(l.post()))
                .map(l -> new LinkedMention(l, postsById.get(l.post())))
                .toList());
        model.addAttribute("loopReplies", links.loopReplies(scope.id(), topic.id()));
        model.addAttribute("statuses", TopicStatus.values());
        if (scope.role().includes(Role.ADMIN)) {
            model.addAttribute("score", ranking.score(scope.id(), topic.id()));
            model.addAttribute("voters", ranking.voters(scope.id(), topic.id()));
        }
        return "ideas/topic";
    }

    @PostMapping("/t/{number}/status")
    String status(@PathVariable String workspace, @PathVariable int number, @RequestParam String status,
            @RequestParam(required = false) String note, Principal principal, RedirectAttributes flash) {
        return act(workspace, number, Role.AGENT, flash, (scope, topic) -> {
            var to = TopicStatus.fromWireName(status).orElseThrow(() -> new PortalRefused("Unknown status."));
            moderation.changeStatus(scope.id(), topic.id(), to, note, principal.getName());
            return "Status set to " + to.label() + ". Followers are told by e-mail.";
        });
    }

    @PostMapping("/t/{number}/answer")
    String answer(@PathVariable String workspace, @PathVariable int number, @RequestParam(defaultValue = "") String answer,
            RedirectAttributes flash) {
        return act(workspace, number, Role.AGENT, flash, (scope, topic) -> {
            moderation.answer(scope.id(), topic.id(), answer);
            return answer.isBlank() ? "Official answer removed." : "Official answer pinned. Followers are told by e-mail.";
        });
    }

    @PostMapping("/t/{number}/comment")
    String comment(@PathVariable String workspace, @PathVariable int number, @RequestParam(defaultValue = "") String body,
            RedirectAttributes flash) {
        return act(workspace, number, Role.AGENT, flash, (scope, topic) -> {
            var portal = requirePortal(scope);
            moderation.comment(scope.id(), topic.id(), portal.title() + " team", body);
            return "Comment posted.";
        });
    }

    @PostMapping("/t/{number}/tags")
    String tags(@PathVariable String workspace, @PathVariable int number, @RequestParam(defaultValue = "") String tags,
            RedirectAttributes flash) {
        return act(workspace, number, Role.AGENT, flash, (scope, topic) -> {
            moderation.tag(scope.id(), topic.id(), tags);
            return "Tags saved.";
        });
    }

    @PostMapping("/t/{number}/visibility")
    String visibility(@PathVariable String workspace, @PathVariable int number, @RequestParam String visibility,
            RedirectAttributes flash) {
        return act(workspace, number, Role.AGENT, flash, (scope, topic) -> {
            var value = switch (visibility) {
                case "visible" -> Visibility.VISIBLE;
                case "hidden" -> Visibility.HIDDEN;
                default -> throw new PortalRefused("Unknown visibility.");
            };
            moderation.setVisibility(scope.id(), topic.id(), value);
            return value == Visibility.HIDDEN ? "Hidden from the portal." : "Shown on the portal.";
        });
    }

    @PostMapping("/t/{number}/rude-ok")
    String rudeOk(@PathVariable String workspace, @PathVariable int number, RedirectAttributes flash) {
        return act(workspace, number, Role.AGENT, flash, (scope, topic) -> {
            moderation.clearRudeFlag(scope.id(), topic.id());
            return "Flag cleared.";
        });
    }

    @PostMapping("/t/{number}/comments/{comment}/hidden")
    String hideComment(@PathVariable String workspace, @PathVariable int number, @PathVariable UUID comment,
            @RequestParam boolean hidden, RedirectAttributes flash) {
        return act(workspace, number, Role.AGENT, flash, (scope, topic) -> {
            moderation.setCommentHidden(scope.id(), comment, hidden);
            return hidden ? "Comment hidden." : "Comment shown.";
        });
    }

    @PostMapping("/t/{number}/merge")
    String merge(@PathVariable String workspace, @PathVariable int number, @RequestParam int into, RedirectAttributes flash) {
        var scope = access.require(workspace, Role.AGENT);
        var source = find(scope, number);
        var target = topics.findByNumber(scope.id(), into).orElse(null);
        if (target == null) {
            flash.addFlashAttribute("error", "There is no topic #" + into + ".");
            return redirect(scope, number);
        }
        try {
            merging.merge(scope.id(), source.id(), target.id());
        } catch (PortalRefused e) {
            flash.addFlashAttribute("error", e.message());
            return redirect(scope, number);
        }
        flash.addFlashAttribute("notice", "#" + number + " merged into this topic: its votes, comments and followers are here now.");
        return redirect(scope, into);
    }

    @PostMapping("/t/{number}/close-loop")
    String closeLoop(@PathVariable String workspace, @PathVariable int number, @RequestParam(defaultValue = "") String body,
            Principal principal, RedirectAttributes flash) {
        return act(workspace, number, Role.AGENT, flash, (scope, topic) -> {
            var closed = links.closeLoop(scope.id(), topic.id(), body, principal.getName(), scope.role());
            if (closed.total() == 0) {
                return "Every linked mention has been answered already.";
            }
            return closed.queued() + " answers on their way on the authors' channels"
                    + (closed.byHand() == 0 ? "." : "; " + closed.byHand() + " to answer by hand, listed below.");
        });
    }

    @PostMapping("/t/{number}/voters/{user}/value")
    String customerValue(@PathVariable String workspace, @PathVariable int number, @PathVariable UUID user,
            @RequestParam double value, RedirectAttributes flash) {
        return act(workspace, number, Role.ADMIN, flash, (scope, topic) -> {
            ranking.setCustomerValue(scope.id(), user, value);
            return "Customer value saved on their contact: it weighs their votes on every topic.";
        });
    }

    private interface Action {
        String run(WorkspaceRef scope, Topic topic);
    }

    private String act(String workspace, int number, Role role, RedirectAttributes flash, Action action) {
        var scope = access.require(workspace, role);
        var topic = find(scope, number);
        try {
            flash.addFlashAttribute("notice", action.run(scope, topic));
        } catch (PortalRefused e) {
            flash.addFlashAttribute("error", e.message());
        }
        return redirect(scope, number);
    }

    private Topic find(WorkspaceRef scope, int number) {
        return topics.findByNumber(scope.id(), number).orElseThrow(TopicNotFound::new);
    }

    private Portal requirePortal(WorkspaceRef scope) {
        return portals.of(scope.id()).orElseThrow(TopicNotFound::new);
    }

    private void common(Model model, WorkspaceRef scope) {
        model.addAttribute("workspace", scope);
        model.addAttribute("workspaces", access.visible());
        model.addAttribute("canAct", scope.role().includes(Role.AGENT));
        model.addAttribute("isAdmin", scope.role().includes(Role.ADMIN));
    }

    private static String redirect(WorkspaceRef scope, int number) {
        return "redirect:/w/" + scope.slug() + "/ideas/t/" + number;
    }
}
