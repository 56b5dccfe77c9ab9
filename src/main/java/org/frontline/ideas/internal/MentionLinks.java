package org.frontline.ideas.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.frontline.ideas.TopicId;
import org.frontline.ideas.TopicNotFound;
import org.frontline.ingest.PostId;
import org.frontline.ingest.Posts;
import org.frontline.shared.WorkspaceId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Mentions and cases linked to topics (the idea_link table), and closing the loop: one answer to the authors
 * of a topic's linked mentions, on their own channel. Replies through channels belong to the replies module,
 * which does not exist yet: the answers are recorded here as {@code pending_delivery}, one per mention, and
 * recording them twice for the same mention is a no-op.
 */
@Component
public class MentionLinks {

    public record Link(PostId post, @Nullable UUID caseId, String linkedBy, Instant linkedAt) {}

    public record LoopReply(PostId post, String channel, String author, String body, String status, Instant createdAt) {}

    public static final String PENDING_DELIVERY = "pending_delivery";
    static final int MAX_REPLY = 2_000;

    private final JdbcClient jdbc;
    private final TopicRepository topics;
    private final Posts posts;
    private final Clock clock;

    MentionLinks(JdbcClient jdbc, TopicRepository topics, Posts posts, Clock clock) {
        this.jdbc = jdbc;
        this.topics = topics;
        this.posts = posts;
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

    /** Records one answer per linked mention not answered yet; answers how many were recorded. */
    @Transactional
    public int closeLoop(WorkspaceId workspace, TopicId topic, String body, String by) {
        var text = body.strip();
        if (text.isEmpty() || text.length() > MAX_REPLY) {
            throw new PortalRefused("An answer has 1 to " + MAX_REPLY + " characters.");
        }
        var linked = of(workspace, topic);
        var byId = posts.findAll(workspace, linked.stream().map(Link::post).toList());
        var now = clock.instant().atOffset(ZoneOffset.UTC);
        var recorded = 0;
        for (var link : linked) {
            var post = byId.get(link.post());
            if (post == null) {
                continue;
            }
            recorded += jdbc.sql("insert into idea_loop_reply (id, workspace_id, topic_id, post_id, channel, author, body,"
                            + " status, created_by, created_at) select ?, ?, ?, ?, ?, ?, ?, ?, ?, ?"
                            + " where not exists (select 1 from idea_loop_reply where topic_id = ? and post_id = ?)")
                    .params(UUID.randomUUID(), workspace.value(), topic.value(), post.id().value(), post.channel().wireName(),
                            post.author().handle(), text, PENDING_DELIVERY, by, now, topic.value(), post.id().value())
                    .update();
        }
        return recorded;
    }

    public List<LoopReply> loopReplies(WorkspaceId workspace, TopicId topic) {
        return jdbc.sql("select post_id, channel, author, body, status, created_at from idea_loop_reply"
                        + " where workspace_id = ? and topic_id = ? order by created_at")
                .params(workspace.value(), topic.value())
                .query((rs, i) -> new LoopReply(
                        new PostId(rs.getObject("post_id", UUID.class)),
                        rs.getString("channel"),
                        rs.getString("author"),
                        rs.getString("body"),
                        rs.getString("status"),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant()))
                .list();
    }
}
