package org.frontline.ideas.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.frontline.ideas.TopicId;
import org.frontline.shared.WorkspaceId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The idea_comment table. */
@Repository
public class CommentRepository {

    private static final String COLUMNS = "id, topic_id, author_id, author_label, from_company, body, hidden, rude, created_at";

    private final JdbcClient jdbc;

    CommentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public UUID add(
            WorkspaceId workspace, TopicId topic, @Nullable UUID author, String label, boolean fromCompany, String body,
            boolean rude, Instant now) {
        var id = UUID.randomUUID();
        jdbc.sql("insert into idea_comment (id, workspace_id, topic_id, author_id, author_label, from_company, body, hidden,"
                        + " rude, created_at) values (?, ?, ?, ?, ?, ?, ?, false, ?, ?)")
                .params(id, workspace.value(), topic.value(), author, label, fromCompany, body, rude, now.atOffset(ZoneOffset.UTC))
                .update();
        return id;
    }

    /** The topic's comments, oldest first; hidden ones only when {@code includeHidden}. */
    public List<Comment> of(WorkspaceId workspace, TopicId topic, boolean includeHidden) {
        return jdbc.sql("select " + COLUMNS + " from idea_comment where workspace_id = ? and topic_id = ?"
                        + (includeHidden ? "" : " and hidden = false") + " order by created_at, id")
                .params(workspace.value(), topic.value())
                .query(CommentRepository::row)
                .list();
    }

    /** Hides or shows a comment; answers the topic it belongs to, to recount. */
    public java.util.Optional<TopicId> setHidden(WorkspaceId workspace, UUID comment, boolean hidden) {
        jdbc.sql("update idea_comment set hidden = ? where workspace_id = ? and id = ?")
                .params(hidden, workspace.value(), comment)
                .update();
        return jdbc.sql("select topic_id from idea_comment where workspace_id = ? and id = ?")
                .params(workspace.value(), comment)
                .query((rs, i) -> new TopicId(rs.getObject("topic_id", UUID.class)))
                .optional();
    }

    public void move(TopicId source, TopicId target) {
        jdbc.sql("update idea_comment set topic_id = ? where topic_id = ?")
                .params(target.value(), source.value())
                .update();
    }

    private static Comment row(ResultSet rs, int i) throws SQLException {
        return new Comment(
                rs.getObject("id", UUID.class),
                new TopicId(rs.getObject("topic_id", UUID.class)),
                rs.getObject("author_id", UUID.class),
                rs.getString("author_label"),
                rs.getBoolean("from_company"),
                rs.getString("body"),
                rs.getBoolean("hidden"),
                rs.getBoolean("rude"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
