package org.frontline.ideas.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.frontline.ideas.TopicKind;
import org.frontline.ideas.TopicNotFound;
import org.frontline.ideas.internal.Portal;
import org.frontline.ideas.internal.PortalPrincipal;
import org.frontline.ideas.internal.PortalRefused;
import org.frontline.ideas.internal.Posting;
import org.frontline.ideas.internal.RateLimited;
import org.frontline.ideas.internal.Topic;
import org.frontline.ideas.internal.TopicLists;
import org.frontline.ideas.internal.TopicRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;

/**
 * What signed-in customers do: post a topic, vote and withdraw, comment, follow. Every form answers with a
 * redirect (post/redirect/get); a stranger is sent to sign in and comes back to where they were.
 */
@Controller
@RequestMapping("/p/{workspace}")
class PortalActions {

    private final PortalSession session;
    private final Posting posting;
    private final TopicRepository topics;
    private final TopicLists lists;

    PortalActions(PortalSession session, Posting posting, TopicRepository topics, TopicLists lists) {
        this.session = session;
        this.posting = posting;
        this.topics = topics;
        this.lists = lists;
    }

    @GetMapping("/new")
    Object newTopic(@PathVariable String workspace, Model model) {
        var portal = session.portal(workspace);
        var me = session.current(portal);
        if (me.isEmpty()) {
            return PortalSignIn.signInFirst(portal, "/p/" + portal.slug() + "/new");
        }
        PortalModel.fill(model, portal, me, "new");
        model.addAttribute("form", new TopicForm("idea", "", ""));
        return "portal/new";
    }

    record TopicForm(String kind, String title, String body) {}

    @PostMapping("/topics")
    Object post(
            @PathVariable String workspace,
            @RequestParam(defaultValue = "idea") String kind,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String body,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        var portal = session.portal(workspace);
        var me = session.current(portal);
        if (me.isEmpty()) {
            return PortalSignIn.signInFirst(portal, "/p/" + portal.slug() + "/new");
        }
        var topicKind = TopicKind.fromWireName(kind).orElse(TopicKind.IDEA);
        try {
            var topic = posting.post(me.get(), PortalSession.clientIp(request), topicKind, title, body);
            return new RedirectView("/p/" + portal.slug() + "/t/" + topic.number());
        } catch (PortalRefused | RateLimited e) {
            response.setStatus(e.getStatusCode().value());
            PortalModel.fill(model, portal, me, "new");
            model.addAttribute("form", new TopicForm(topicKind.wireName(), clip(title, 300), clip(body, 20_000)));
            model.addAttribute("error", e.getBody().getDetail());
            model.addAttribute("suggestions", lists.similar(portal.workspace(), clip(title, 150), 5));
            return "portal/new";
        }
    }

    @PostMapping("/t/{number}/vote")
    RedirectView vote(
            @PathVariable String workspace, @PathVariable int number, @RequestParam(defaultValue = "add") String action,
            @RequestParam(defaultValue = "") String back, RedirectAttributes flash) {
        return act(workspace, number, back, flash, (me, topic) -> {
            if (action.equals("withdraw")) {
                posting.withdrawVote(me, topic.id());
            } else {
                posting.vote(me, topic.id());
            }
        });
    }

    @PostMapping("/t/{number}/comments")
    RedirectView comment(
            @PathVariable String workspace, @PathVariable int number, @RequestParam(defaultValue = "") String body,
            RedirectAttributes flash) {
        return act(workspace, number, "", flash, (me, topic) -> posting.comment(me, topic.id(), body));
    }

    @PostMapping("/t/{number}/follow")
    RedirectView follow(
            @PathVariable String workspace, @PathVariable int number, @RequestParam(defaultValue = "true") boolean on,
            RedirectAttributes flash) {
        return act(workspace, number, "", flash, (me, topic) -> posting.follow(me, topic.id(), on));
    }

    private interface Action {
        void run(PortalPrincipal me, Topic topic);
    }

    private RedirectView act(String workspace, int number, String back, RedirectAttributes flash, Action action) {
        var portal = session.portal(workspace);
        var topicPath = "/p/" + portal.slug() + "/t/" + number;
        var me = session.current(portal);
        if (me.isEmpty()) {
            return PortalSignIn.signInFirst(portal, topicPath);
        }
        var topic = topics.findByNumber(portal.workspace(), number).orElseThrow(TopicNotFound::new);
        try {
            action.run(me.get(), topic);
        } catch (PortalRefused | RateLimited e) {
            flash.addFlashAttribute("error", e.getBody().getDetail());
        }
        return new RedirectView(backTo(portal, back).orElse(topicPath));
    }

    /** Back to the list the vote was cast from, when it is a page of this portal. */
    private static Optional<String> backTo(Portal portal, String back) {
        var prefix = "/p/" + portal.slug();
        if ((back.equals(prefix) || back.startsWith(prefix + "?") || back.startsWith(prefix + "/"))
                && !back.contains("//") && !back.contains("\\") && back.length() < 500) {
            return Optional.of(back);
        }
        return Optional.empty();
    }

    private static String clip(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }
}
