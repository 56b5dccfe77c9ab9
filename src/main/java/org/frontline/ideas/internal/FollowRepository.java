package org.frontline.ideas.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.frontline.ideas.TopicId;
import org.frontline.shared.WorkspaceId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The idea_follow table: who hears by e-mail when a topic's status changes or the company answers. */
@Repository
public class FollowRepository {

    private final JdbcClient jdbc;

    FollowRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(WorkspaceId workspace, TopicId topic, UUID user, Instant now) {
        jdbc.sql("insert into idea_follow (topic_id, user_id, workspace_id, created_at) select ?, ?, ?, ?"
                        + " where not exists (select 1 from idea_follow where topic_id = ? and user_id = ?)")
                .params(topic.value(), user, workspace.value(), now.atOffset(ZoneOffset.UTC), topic.value(), user)
                .update();
    }

    public void remove(WorkspaceId workspace, TopicId topic, UUID user) {
        jdbc.sql("delete from idea_follow where workspace_id = ? and topic_id = ? and user_id = ?")
                .params(workspace.value(), topic.value(), user)
                .update();
    }

    public boolean has(TopicId topic, UUID user) {
        return jdbc.sql("select count(*) from idea_follow where topic_id = ? and user_id = ?")
                        .params(topic.value(), user)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public List<UUID> followers(WorkspaceId workspace, TopicId topic) {
        return jdbc.sql("select user_id from idea_follow where workspace_id = ? and topic_id = ? order by created_at")
                .params(workspace.value(), topic.value())
                .query(UUID.class)
                .list();
    }

    /** Moves the source's followers to the target, each once. */
    public void move(TopicId source, TopicId target) {
        jdbc.sql("insert into idea_follow (topic_id, user_id, workspace_id, created_at)"
                        + " select :target, s.user_id, s.workspace_id, s.created_at from idea_follow s where s.topic_id = :source"
                        + " and not exists (select 1 from idea_follow t where t.topic_id = :target and t.user_id = s.user_id)")
                .param("source", source.value())
                .param("target", target.value())
                .update();
        jdbc.sql("delete from idea_follow where topic_id = ?").param(source.value()).update();
    }
}
