package org.frontline.ideas.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.frontline.ideas.TopicId;
import org.frontline.ideas.TopicStatus;
import org.frontline.shared.WorkspaceId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The idea_status_change table: every official status change with its public note, shown on the topic. */
@Repository
public class StatusHistory {

    public record Change(TopicStatus from, TopicStatus to, @Nullable String note, Instant at) {}

    private final JdbcClient jdbc;

    StatusHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(WorkspaceId workspace, TopicId topic, TopicStatus from, TopicStatus to, @Nullable String note, String by, Instant at) {
        jdbc.sql("insert into idea_status_change (id, workspace_id, topic_id, from_status, to_status, note, changed_by, changed_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), workspace.value(), topic.value(), from.name(), to.name(), note, by,
                        at.atOffset(ZoneOffset.UTC))
                .update();
    }

    public List<Change> of(WorkspaceId workspace, TopicId topic) {
        return jdbc.sql("select from_status, to_status, note, changed_at from idea_status_change"
                        + " where workspace_id = ? and topic_id = ? order by changed_at desc")
                .params(workspace.value(), topic.value())
                .query((rs, i) -> new Change(
                        TopicStatus.valueOf(rs.getString("from_status")),
                        TopicStatus.valueOf(rs.getString("to_status")),
                        rs.getString("note"),
                        rs.getObject("changed_at", OffsetDateTime.class).toInstant()))
                .list();
    }
}
