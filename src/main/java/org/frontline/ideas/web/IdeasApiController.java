package org.frontline.ideas.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.frontline.cases.CaseId;
import org.frontline.ideas.Ideas;
import org.frontline.ideas.TopicNotFound;
import org.frontline.ideas.TopicStatus;
import org.frontline.ideas.internal.MentionLinks;
import org.frontline.ideas.internal.Merging;
import org.frontline.ideas.internal.Moderation;
import org.frontline.ideas.internal.PortalRefused;
import org.frontline.ideas.internal.RankedTopics;
import org.frontline.ideas.internal.Ranking;
import org.frontline.ideas.internal.Topic;
import org.frontline.ideas.internal.TopicFilter;
import org.frontline.ideas.internal.TopicLists;
import org.frontline.ideas.internal.TopicRepository;
import org.frontline.ideas.internal.TopicSort;
import org.frontline.ingest.PostId;
import org.frontline.shared.Page;
import org.frontline.shared.PageRequest;
import org.frontline.workspaces.Role;
import org.frontline.workspaces.WorkspaceAccess;
import org.frontline.workspaces.WorkspaceRef;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The portal for machines: list and read topics (with the ranking), set a status, merge, link a mention. */
@RestController
@RequestMapping("/api/v1/workspaces/{workspace}/ideas/topics")
class IdeasApiController {

    record TopicResponse(
            int number, String kind, String title, String body, String author, String status, @Nullable String statusNote,
            @Nullable String officialAnswer, List<String> tags, String visibility, int votes, int comments,
            @Nullable Integer mergedInto, Instant createdAt) {}

    record RankedResponse(TopicResponse topic, Ranking.Score ranking) {}

    record StatusRequest(@NotBlank String status, @Size(max = 2000) @Nullable String note) {}

    record MergeRequest(@NotNull @Positive Integer into) {}

    record LinkRequest(@NotNull UUID postId, @Nullable UUID caseId) {}

    record CloseLoopRequest(@NotBlank @Size(max = 2000) String body) {}

    record CloseLoopResponse(int queued, int byHand, List<MentionLinks.LoopReply> answers) {}

    private final WorkspaceAccess access;
    private final TopicRepository topics;
    private final TopicLists lists;
    private final RankedTopics ranking;
    private final Moderation moderation;
    private final Merging merging;
    private final Ideas ideas;
    private final MentionLinks links;

    IdeasApiController(
            WorkspaceAccess access,
            TopicRepository topics,
            TopicLists lists,
            RankedTopics ranking,
            Moderation moderation,
            Merging merging,
            Ideas ideas,
            MentionLinks links) {
        this.access = access;
        this.topics = topics;
        this.lists = lists;
        this.ranking = ranking;
        this.moderation = moderation;
        this.merging = merging;
        this.ideas = ideas;
        this.links = links;
    }

    @GetMapping
    Page<TopicResponse> list(
            @PathVariable String workspace,
            @RequestParam(defaultValue = "top") String sort,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        var scope = access.require(workspace, Role.VIEWER);
        var filter = TopicFilter.everything().withStatus(status == null ? null : TopicStatus.fromWireName(status).orElse(null));
        return lists.page(scope.id(), filter, TopicSort.fromWireName(sort).orElse(TopicSort.TOP),
                        new PageRequest(Math.max(page, 0), size))
                .map(t -> response(scope, t));
    }

    @GetMapping("/{number}")
    RankedResponse get(@PathVariable String workspace, @PathVariable int number) {
        var scope = access.require(workspace, Role.VIEWER);
        var topic = find(scope, number);
        return new RankedResponse(response(scope, topic), ranking.score(scope.id(), topic.id()));
    }

    @PostMapping("/{number}/status")
    TopicResponse status(@PathVariable String workspace, @PathVariable int number, @Valid @RequestBody StatusRequest request,
            java.security.Principal principal) {
        var scope = access.require(workspace, Role.AGENT);
        var status = TopicStatus.fromWireName(request.status()).orElseThrow(() -> new PortalRefused(
                "Unknown status '" + clip(request.status()) + "': open, under-review, planned, in-progress, done or declined."));
        return response(scope, moderation.changeStatus(scope.id(), find(scope, number).id(), status, request.note(), principal.getName()));
    }

    @PostMapping("/{number}/merge")
    TopicResponse merge(@PathVariable String workspace, @PathVariable int number, @Valid @RequestBody MergeRequest request) {
        var scope = access.require(workspace, Role.AGENT);
        return response(scope, merging.merge(scope.id(), find(scope, number).id(), find(scope, request.into()).id()));
    }

    @PostMapping("/{number}/links")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void link(@PathVariable String workspace, @PathVariable int number, @Valid @RequestBody LinkRequest request,
            java.security.Principal principal) {
        var scope = access.require(workspace, Role.AGENT);
        ideas.linkMention(scope.id(), find(scope, number).id(), new PostId(request.postId()),
                request.caseId() == null ? null : new CaseId(request.caseId()), principal.getName());
    }

    /** Answers the authors of every linked mention not answered yet, each on their own channel and thread. */
    @PostMapping("/{number}/close-loop")
    CloseLoopResponse closeLoop(@PathVariable String workspace, @PathVariable int number, @Valid @RequestBody CloseLoopRequest request,
            java.security.Principal principal) {
        var scope = access.require(workspace, Role.AGENT);
        var topic = find(scope, number);
        var closed = links.closeLoop(scope.id(), topic.id(), request.body(), principal.getName(), scope.role());
        return new CloseLoopResponse(closed.queued(), closed.byHand(), links.loopReplies(scope.id(), topic.id()));
    }

    private Topic find(WorkspaceRef scope, int number) {
        return topics.findByNumber(scope.id(), number).orElseThrow(TopicNotFound::new);
    }

    private TopicResponse response(WorkspaceRef scope, Topic t) {
        var merged = t.mergedInto() == null ? null : topics.find(scope.id(), t.mergedInto()).map(Topic::number).orElse(null);
        return new TopicResponse(t.number(), t.kind().wireName(), t.title(), t.body(), t.authorLabel(), t.status().wireName(),
                t.statusNote(), t.officialAnswer(), t.tags(), t.visibility().name().toLowerCase(java.util.Locale.ROOT),
                t.voteCount(), t.commentCount(), merged, t.createdAt());
    }

    private static String clip(String text) {
        return text.length() > 40 ? text.substring(0, 40) : text;
    }
}
