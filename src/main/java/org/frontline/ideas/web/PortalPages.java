package org.frontline.ideas.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.frontline.ideas.TopicNotFound;
import org.frontline.ideas.internal.Comment;
import org.frontline.ideas.internal.CommentRepository;
import org.frontline.ideas.internal.FollowRepository;
import org.frontline.ideas.internal.Markdown;
import org.frontline.ideas.internal.Portal;
import org.frontline.ideas.internal.PortalPrincipal;
import org.frontline.ideas.internal.StatusHistory;
import org.frontline.ideas.internal.Topic;
import org.frontline.ideas.internal.TopicFilter;
import org.frontline.ideas.internal.TopicLists;
import org.frontline.ideas.internal.TopicRepository;
import org.frontline.ideas.internal.TopicSort;
import org.frontline.ideas.internal.VoteRepository;
import org.frontline.ideas.TopicId;
import org.frontline.shared.Page;
import org.frontline.shared.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;

/** The public portal's reading pages: lists, the roadmap, a topic, my topics and votes, duplicate suggestions. */
@Controller
@RequestMapping("/p/{workspace}")
class PortalPages {

    static final int PAGE_SIZE = 20;

    record CommentView(Comment comment, String html) {}

    private final PortalSession session;
    private final TopicLists lists;
    private final TopicRepository topics;
    private final VoteRepository votes;
    private final FollowRepository follows;
    private final CommentRepository comments;
    private final StatusHistory history;

    PortalPages(
            PortalSession session,
            TopicLists lists,
            TopicRepository topics,
            VoteRepository votes,
            FollowRepository follows,
            CommentRepository comments,
            StatusHistory history) {
        this.session = session;
        this.lists = lists;
        this.topics = topics;
        this.votes = votes;
        this.follows = follows;
        this.comments = comments;
        this.history = history;
    }

    @GetMapping({"", "/"})
    String list(
            @PathVariable String workspace,
            @RequestParam(required = false) @Nullable String sort,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable String tag,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        var portal = session.portal(workspace);
        var me = session.current(portal);
        var params = PortalModel.ListParams.of(sort, status, kind, tag, q, page);
        var result = lists.page(portal.workspace(), params.filter(), params.sort(), new PageRequest(params.page(), PAGE_SIZE));
        PortalModel.fill(model, portal, me, params.q() != null ? "search" : params.status() != null ? "status" : params.sort().wireName());
        fillList(model, portal, me.orElse(null), result, "/p/" + portal.slug() + "?" + params.query(params.page()));
        model.addAttribute("params", params);
        model.addAttribute("heading", params.title(portal));
        model.addAttribute("query", params.query(null));
        return "portal/list";
    }

    @GetMapping("/roadmap")
    String roadmap(@PathVariable String workspace, Model model) {
        var portal = session.portal(workspace);
        PortalModel.fill(model, portal, session.current(portal), "roadmap");
        var columns = new java.util.LinkedHashMap<String, List<Card>>();
        lists.roadmap(portal.workspace()).forEach((status, items) -> columns.put(status.label(), cards(items, Set.of())));
        model.addAttribute("columns", columns);
        return "portal/roadmap";
    }

    @GetMapping("/mine")
    Object mine(@PathVariable String workspace, @RequestParam(defaultValue = "topics") String which,
            @RequestParam(defaultValue = "0") int page, Model model) {
        var portal = session.portal(workspace);
        var me = session.current(portal);
        if (me.isEmpty()) {
            return PortalSignIn.signInFirst(portal, "/p/" + portal.slug() + "/mine");
        }
        var votesTab = which.equals("votes");
        var filter = votesTab ? TopicFilter.everything().votedBy(me.get().userId()) : TopicFilter.everything().byAuthor(me.get().userId());
        var result = topics.page(portal.workspace(), filter, TopicSort.NEW, new PageRequest(Math.max(page, 0), PAGE_SIZE));
        PortalModel.fill(model, portal, me, "mine");
        fillList(model, portal, me.get(), result, "/p/" + portal.slug() + "/mine?which=" + (votesTab ? "votes" : "topics"));
        model.addAttribute("which", votesTab ? "votes" : "topics");
        return "portal/mine";
    }

    @GetMapping("/t/{number}")
    Object topic(@PathVariable String workspace, @PathVariable int number, Model model) {
        var portal = session.portal(workspace);
        var me = session.current(portal);
        var topic = topics.findByNumber(portal.workspace(), number).orElseThrow(TopicNotFound::new);
        if (topic.mergedInto() != null) {
            return mergedRedirect(portal, topic);
        }
        var user = me.map(PortalPrincipal::userId).orElse(null);
        if (!topic.visibleTo(user)) {
            throw new TopicNotFound();
        }
        PortalModel.fill(model, portal, me, "topic");
        model.addAttribute("topic", topic);
        model.addAttribute("bodyHtml", Markdown.toSafeHtml(topic.body()));
        model.addAttribute("answerHtml", topic.officialAnswer() == null ? null : Markdown.toSafeHtml(topic.officialAnswer()));
        model.addAttribute("comments", comments.of(portal.workspace(), topic.id(), false).stream()
                .map(c -> new CommentView(c, Markdown.toSafeHtml(c.body())))
                .toList());
        model.addAttribute("history", history.of(portal.workspace(), topic.id()));
        model.addAttribute("voted", user != null && votes.has(topic.id(), user));
        model.addAttribute("following", user != null && follows.has(topic.id(), user));
        return "portal/topic";
    }

    /** Suggestions while a title is typed (an htmx fragment): existing topics that may be the same. */
    @GetMapping("/similar")
    String similar(@PathVariable String workspace, @RequestParam(defaultValue = "") String title, Model model) {
        var portal = session.portal(workspace);
        var clipped = title.length() > 150 ? title.substring(0, 150) : title;
        model.addAttribute("portal", portal);
        model.addAttribute("base", "/p/" + portal.slug());
        model.addAttribute("suggestions", lists.similar(portal.workspace(), clipped, 5));
        return "portal/similar :: suggestions";
    }

    /** The duplicate's address keeps working: it forwards, for good, to the topic it was merged into. */
    private RedirectView mergedRedirect(Portal portal, Topic topic) {
        var seen = new HashSet<TopicId>();
        var kept = topic;
        while (kept.mergedInto() != null && seen.add(kept.id())) {
            kept = topics.find(portal.workspace(), kept.mergedInto()).orElseThrow(TopicNotFound::new);
        }
        var view = new RedirectView("/p/" + portal.slug() + "/t/" + kept.number());
        view.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
        return view;
    }

    /** A topic in a list: its excerpt as plain text, and whether the reader voted for it. */
    record Card(Topic topic, String excerpt, boolean voted) {}

    private void fillList(Model model, Portal portal, @Nullable PortalPrincipal me, Page<Topic> result, String back) {
        Set<TopicId> voted = me == null
                ? Set.of()
                : votes.votedAmong(me.userId(), result.items().stream().map(Topic::id).toList());
        model.addAttribute("topics", result);
        model.addAttribute("cards", cards(result.items(), voted));
        model.addAttribute("back", back);
    }

    static List<Card> cards(List<Topic> topics, Set<TopicId> voted) {
        return topics.stream().map(t -> new Card(t, Markdown.toText(t.body(), 220), voted.contains(t.id()))).toList();
    }
}
