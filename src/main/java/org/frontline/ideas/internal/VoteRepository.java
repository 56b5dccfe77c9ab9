package org.frontline.ideas.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.frontline.ideas.TopicId;
import org.frontline.shared.WorkspaceId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The idea_vote table: one vote per customer and topic (the primary key says so). */
@Repository
public class VoteRepository {

    /** A vote with its time, for the trending order. */
    public record CastVote(TopicId topic, UUID user, Instant at) {}

    private final JdbcClient jdbc;

    VoteRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the vote unless it exists; answers whether it was added. */
    public boolean add(WorkspaceId workspace, TopicId topic, UUID user, Instant now) {
        return jdbc.sql("insert into idea_vote (topic_id, user_id, workspace_id, created_at) select ?, ?, ?, ?"
                        + " where not exists (select 1 from idea_vote where topic_id = ? and user_id = ?)")
                        .params(topic.value(), user, workspace.value(), now.atOffset(ZoneOffset.UTC), topic.value(), user)
                        .update()
                == 1;
    }

    public boolean remove(WorkspaceId workspace, TopicId topic, UUID user) {
        return jdbc.sql("delete from idea_vote where workspace_id = ? and topic_id = ? and user_id = ?")
                        .params(workspace.value(), topic.value(), user)
                        .update()
                == 1;
    }

    public boolean has(TopicId topic, UUID user) {
        return jdbc.sql("select count(*) from idea_vote where topic_id = ? and user_id = ?")
                        .params(topic.value(), user)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Which of the given topics the customer voted for. */
    public Set<TopicId> votedAmong(UUID user, List<TopicId> topics) {
        if (topics.isEmpty()) {
            return Set.of();
        }
        return jdbc.sql("select topic_id from idea_vote where user_id = :user and topic_id in (:ids)")
                .param("user", user)
                .param("ids", topics.stream().map(TopicId::value).toList())
                .query((rs, i) -> new TopicId(rs.getObject("topic_id", UUID.class)))
                .list()
                .stream()
                .collect(Collectors.toSet());
    }

    /** The votes on public topics since {@code since}: what trending weighs. */
    public List<CastVote> since(WorkspaceId workspace, Instant since) {
        return jdbc.sql("select v.topic_id, v.user_id, v.created_at from idea_vote v join idea_topic t on t.id = v.topic_id"
                        + " where v.workspace_id = ? and v.created_at >= ? and t.visibility = 'VISIBLE' and t.merged_into is null")
                .params(workspace.value(), since.atOffset(ZoneOffset.UTC))
                .query((rs, i) -> new CastVote(
                        new TopicId(rs.getObject("topic_id", UUID.class)),
                        rs.getObject("user_id", UUID.class),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    /** The voters of a topic. */
    public List<UUID> voters(TopicId topic) {
        return jdbc.sql("select user_id from idea_vote where topic_id = ? order by created_at")
                .param(topic.value())
                .query(UUID.class)
                .list();
    }

    /** Moves the source's votes to the target; a customer who voted for both keeps one vote. */
    public void move(TopicId source, TopicId target) {
        jdbc.sql("insert into idea_vote (topic_id, user_id, workspace_id, created_at)"
                        + " select :target, s.user_id, s.workspace_id, s.created_at from idea_vote s where s.topic_id = :source"
                        + " and not exists (select 1 from idea_vote t where t.topic_id = :target and t.user_id = s.user_id)")
                .param("source", source.value())
                .param("target", target.value())
                .update();
        jdbc.sql("delete from idea_vote where topic_id = ?").param(source.value()).update();
    }
}
