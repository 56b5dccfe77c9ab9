package org.frontline.ideas.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.frontline.cases.CaseOverviews;
import org.frontline.ideas.TopicId;
import org.frontline.ideas.TopicNotFound;
import org.frontline.ingest.PostId;
import org.frontline.ingest.PostView;
import org.frontline.ingest.Posts;
import org.frontline.replies.Replies;
import org.frontline.replies.ReplyApprovals;
import org.frontline.replies.ReplyView;
import org.frontline.shared.WorkspaceId;
import org.frontline.workspaces.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Mentions and cases linked to topics (the idea_link table), and closing the loop: one answer to the authors
 * of a topic's linked mentions, each on the thread where they said it. Where the mention's channel can be
 * answered from Frontline the answer becomes a reply of its case (replies module: queued, sent, failed or
 * unknown, with retries); elsewhere it waits as {@code answer_by_hand} for an agent. Each mention is answered
 * once: closing the loop again answers only mentions linked since.
 */
@Component
public class MentionLinks {

    public record Link(PostId post, @Nullable UUID caseId, String linkedBy, Instant linkedAt) {}

    /**
     * One answer of a closed loop. {@code status} is the reply's delivery state ({@code queued}, {@code sent},
     * {@code failed}, {@code unknown}) or {@code answer_by_hand}; {@code caseId} is the case it was recorded on.
     */
    public record LoopReply(
            PostId post, String channel, String author, String body, String status, Instant createdAt, @Nullable UUID replyId,
            @Nullable UUID caseId) {

        public boolean byHand() {
            return replyId == null;
        }
    }

    /** What closing the loop did: answers handed to the channels, and answers left for an agent to give by hand. */
    public record LoopClosed(int queued, int byHand) {

        public int total() {
            return queued + byHand;
        }
    }

    public static final String ANSWER_BY_HAND = "answer_by_hand";
    /** Recorded before the replies module existed: handed over the next time the loop is closed. */
    static final String PENDING_DELIVERY = "pending_delivery";
    private static final String HANDED_OVER = "handed_over";
    static final int MAX_REPLY = 2_000;

    private final JdbcClient jdbc;
    private final TopicRepository topics;
    private final Posts posts;
    private final CaseOverviews cases;
    private final Replies replies;
    private final ReplyApprovals approvals;
    private final Clock clock;

    MentionLinks(JdbcClient jdbc, TopicRepository topics, Posts posts, CaseOverviews cases, Replies replies, ReplyApprovals approvals,
            Clock clock) {
        this.jdbc = jdbc;
        this.topics = topics;
        this.posts = posts;
        this.cases = cases;
        this.replies = replies;
        this.approvals = approvals;
        this.clock = clock;
    }

    /** Links the mention (and its case) to the topic; a mention linked elsewhere before moves here. */
    @Transactional
    public void link(WorkspaceId workspace, TopicId topic, PostId post, @Nullable UUID caseId, String by) {
        topics.find(workspace, topic).filter(t -> t.mergedInto() == null).orElseThrow(TopicNotFound::new);
        posts.find(workspace, post).orElseThrow(() -> new ResponseStatusException(
                org.springframework.http.HttpStatus.NOT_FOUND, "No such mention"));
        jdbc.sql("delete from idea_link where workspace_id = ? and post_id = ?")
                .params(workspace.value(), post.value())
                .update();
        jdbc.sql("insert into idea_link (workspace_id, topic_id, post_id, case_id, linked_by, linked_at) values (?, ?, ?, ?, ?, ?)")
                .params(workspace.value(), topic.value(), post.value(), caseId, by, clock.instant().atOffset(ZoneOffset.UTC))
                .update();
    }

    public List<Link> of(WorkspaceId workspace, TopicId topic) {
        return jdbc.sql("select post_id, case_id, linked_by, linked_at from idea_link where workspace_id = ? and topic_id = ?"
                        + " order by linked_at")
                .params(workspace.value(), topic.value())
                .query((rs, i) -> new Link(
                        new PostId(rs.getObject("post_id", UUID.class)),
                        rs.getObject("case_id", UUID.class),
                        rs.getString("linked_by"),
                        rs.getObject("linked_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    /** The topic a mention is linked to, if any. */
    public @Nullable TopicId topicOf(WorkspaceId workspace, PostId post) {
        return jdbc.sql("select topic_id from idea_link where workspace_id = ? and post_id = ?")
                .params(workspace.value(), post.value())
                .query((rs, i) -> new TopicId(rs.getObject("topic_id", UUID.class)))
                .optional()
                .orElse(null);
    }

    void move(WorkspaceId workspace, TopicId source, TopicId target) {
        jdbc.sql("update idea_link set topic_id = ? where workspace_id = ? and topic_id = ?")
                .params(target.value(), workspace.value(), source.value())
                .update();
        jdbc.sql("update idea_loop_reply set topic_id = ? where workspace_id = ? and topic_id = ?"
                        + " and post_id not in (select post_id from idea_loop_reply where topic_id = ?)")
                .params(target.value(), workspace.value(), source.value(), target.value())
                .update();
    }

    /**
     * Answers every linked mention not answered yet, on its own channel and thread. Each mention is claimed by
     * its idea_loop_reply row before its reply is queued, in one transaction: a second click, or two agents at
     * once, never answer a customer twice. Where the workspace wants replies approved, only an approver may
     * close the loop: the answers go out at once, so whoever sends them approves them.
     */
    @Transactional
    public LoopClosed closeLoop(WorkspaceId workspace, TopicId topic, String body, String by, Role role) {
        if (approvals.needsApproval(workspace, role)) {
            throw new PortalRefused("Replies in this workspace are approved before they go out: an approver closes the loop.");
        }
        var text = body.strip();
        if (text.isEmpty() || text.length() > MAX_REPLY) {
            throw new PortalRefused("An answer has 1 to " + MAX_REPLY + " characters.");
        }
        var linked = of(workspace, topic);
        var byId = posts.findAll(workspace, linked.stream().map(Link::post).toList());
        var queued = 0;
        var byHand = 0;
        for (var link : linked) {
            var post = byId.get(link.post());
            if (post == null || !claim(workspace, topic, post, text, by)) {
                continue;
            }
            var caseId = cases.caseOf(workspace, post.id()).orElse(null);
            var reply = caseId == null ? Optional.<ReplyView>empty()
                    : replies.answerPost(workspace, caseId, post.id(), post.channel().wireName(), by, text);
            jdbc.sql("update idea_loop_reply set status = ?, reply_id = ?, case_id = ?, body = ? where topic_id = ? and post_id = ?")
                    .params(reply.isPresent() ? HANDED_OVER : ANSWER_BY_HAND, reply.map(ReplyView::id).orElse(null),
                            caseId == null ? null : caseId.value(), text, topic.value(), post.id().value())
                    .update();
            if (reply.isPresent()) {
                queued++;
            } else {
                byHand++;
            }
        }
        return new LoopClosed(queued, byHand);
    }

    /** Takes the mention for this answer: a new row, or one recorded as pending before replies existed. */
    private boolean claim(WorkspaceId workspace, TopicId topic, PostView post, String text, String by) {
        var legacy = jdbc.sql("update idea_loop_reply set status = ? where topic_id = ? and post_id = ? and status = ?")
                .params(HANDED_OVER, topic.value(), post.id().value(), PENDING_DELIVERY)
                .update();
        if (legacy == 1) {
            return true;
        }
        return jdbc.sql("insert into idea_loop_reply (id, workspace_id, topic_id, post_id, channel, author, body,"
                        + " status, created_by, created_at) select ?, ?, ?, ?, ?, ?, ?, ?, ?, ?"
                        + " where not exists (select 1 from idea_loop_reply where topic_id = ? and post_id = ?)")
                .params(UUID.randomUUID(), workspace.value(), topic.value(), post.id().value(), post.channel().wireName(),
                        post.author().handle(), text, HANDED_OVER, by, clock.instant().atOffset(ZoneOffset.UTC), topic.value(),
                        post.id().value())
                .update() == 1;
    }

    /** The topic's loop answers with the delivery state of each reply as it is now. */
    public List<LoopReply> loopReplies(WorkspaceId workspace, TopicId topic) {
        return jdbc.sql("select post_id, channel, author, body, status, created_at, reply_id, case_id from idea_loop_reply"
                        + " where workspace_id = ? and topic_id = ? order by created_at, post_id")
                .params(workspace.value(), topic.value())
                .query((rs, i) -> {
                    var replyId = rs.getObject("reply_id", UUID.class);
                    var status = replyId == null ? rs.getString("status")
                            : replies.find(workspace, replyId).map(r -> r.state().name().toLowerCase(Locale.ROOT)).orElse("gone");
                    return new LoopReply(
                            new PostId(rs.getObject("post_id", UUID.class)),
                            rs.getString("channel"),
                            rs.getString("author"),
                            rs.getString("body"),
                            status,
                            rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                            replyId,
                            rs.getObject("case_id", UUID.class));
                })
                .list();
    }
}
