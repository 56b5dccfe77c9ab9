package org.frontline.replies.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.frontline.cases.CaseId;
import org.frontline.ingest.PostId;
import org.frontline.replies.DeliveryState;
import org.frontline.replies.ReplyView;
import org.frontline.shared.WorkspaceId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The reply table, with the delivery columns the senders need. */
@Repository
public class ReplyRepository {

    /** A reply that goes out through a sender, as the delivery loop sees it. */
    public record Pending(
            UUID id, WorkspaceId workspace, String channel, @Nullable PostId target, String text, DeliveryState state, int attempts,
            Instant queuedAt) {}

    private final JdbcClient jdbc;

    ReplyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(WorkspaceId workspace, UUID id, CaseId caseId, String channel, String author, String text, DeliveryState state,
            @Nullable PostId target, Instant now) {
        jdbc.sql("""
                        insert into reply (id, workspace_id, case_id, channel, author, text, state, created_at, target_post_id,
                        attempts, next_attempt_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)""")
                .params(id, workspace.value(), caseId.value(), channel, author, text, state.name(), utc(now),
                        target == null ? null : target.value(), state == DeliveryState.QUEUED ? utc(now) : null)
                .update();
    }

    public List<ReplyView> ofCase(WorkspaceId workspace, CaseId caseId) {
        return jdbc.sql("select * from reply where workspace_id = ? and case_id = ? order by created_at, id")
                .params(workspace.value(), caseId.value())
                .query(ReplyRepository::view)
                .list();
    }

    public Optional<ReplyView> find(WorkspaceId workspace, UUID id) {
        return jdbc.sql("select * from reply where workspace_id = ? and id = ?")
                .params(workspace.value(), id)
                .query(ReplyRepository::view)
                .optional();
    }

    /** One reply of a case, whatever its state. */
    public Optional<ReplyView> findOfCase(WorkspaceId workspace, CaseId caseId, UUID id) {
        return jdbc.sql("select * from reply where workspace_id = ? and case_id = ? and id = ?")
                .params(workspace.value(), caseId.value(), id)
                .query(ReplyRepository::view)
                .optional();
    }

    /** A draft awaiting approval, with the case it answers. */
    public record Draft(CaseId caseId, ReplyView reply) {}

    /** The workspace's drafts awaiting approval, oldest first: the approver's queue. */
    public List<Draft> awaitingApproval(WorkspaceId workspace, int limit) {
        return jdbc.sql("select * from reply where workspace_id = ? and state = 'AWAITING_APPROVAL' order by created_at, id"
                        + " fetch first " + limit + " rows only")
                .param(workspace.value())
                .query((rs, i) -> new Draft(new CaseId(rs.getObject("case_id", UUID.class)), view(rs, i)))
                .list();
    }

    public long countAwaitingApproval(WorkspaceId workspace) {
        return jdbc.sql("select count(*) from reply where workspace_id = ? and state = 'AWAITING_APPROVAL'")
                .param(workspace.value())
                .query(Long.class)
                .single();
    }

    /**
     * Sends an approved draft on: {@code QUEUED} for the sender (with the post to answer) or
     * {@code ANSWERED_ELSEWHERE}. Only from {@code AWAITING_APPROVAL}, so of two approvers clicking at once
     * exactly one wins; false for the other.
     */
    public boolean approve(WorkspaceId workspace, UUID id, String text, DeliveryState next, @Nullable PostId target, String approver,
            Instant now) {
        return jdbc.sql("update reply set state = ?, text = ?, target_post_id = ?, next_attempt_at = ?, reviewed_by = ?, reviewed_at = ?"
                        + " where workspace_id = ? and id = ? and state = 'AWAITING_APPROVAL'")
                        .params(next.name(), text, target == null ? null : target.value(), next == DeliveryState.QUEUED ? utc(now) : null,
                                approver, utc(now), workspace.value(), id)
                        .update()
                == 1;
    }

    /** Turns a draft down for good, keeping the reason for its author; false unless it was awaiting approval. */
    public boolean reject(WorkspaceId workspace, UUID id, String approver, String reason, Instant now) {
        return jdbc.sql("update reply set state = 'REJECTED', reviewed_by = ?, reviewed_at = ?, rejection_reason = ?"
                        + " where workspace_id = ? and id = ? and state = 'AWAITING_APPROVAL'")
                        .params(approver, utc(now), cut(reason, 2000), workspace.value(), id)
                        .update()
                == 1;
    }

    /** Replaces a draft's text before it is approved; false unless it is awaiting approval. */
    public boolean editDraft(WorkspaceId workspace, UUID id, String text) {
        return jdbc.sql("update reply set text = ? where workspace_id = ? and id = ? and state = 'AWAITING_APPROVAL'")
                        .params(text, workspace.value(), id)
                        .update()
                == 1;
    }

    public boolean approvalRequired(WorkspaceId workspace) {
        return jdbc.sql("select required from reply_approval_setting where workspace_id = ?")
                .param(workspace.value())
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    public void setApprovalRequired(WorkspaceId workspace, boolean required, String actor, Instant now) {
        var updated = jdbc.sql("update reply_approval_setting set required = ?, updated_by = ?, updated_at = ? where workspace_id = ?")
                .params(required, actor, utc(now), workspace.value())
                .update();
        if (updated == 0) {
            jdbc.sql("insert into reply_approval_setting (workspace_id, required, updated_by, updated_at) values (?, ?, ?, ?)")
                    .params(workspace.value(), required, actor, utc(now))
                    .update();
        }
    }

    /** Queued replies and unknown ones whose wait is over, oldest first, across workspaces. */
    public List<UUID> due(Instant now, int limit) {
        return jdbc.sql("select id from reply where state in ('QUEUED', 'UNKNOWN') and next_attempt_at <= ? order by next_attempt_at limit ?")
                .params(utc(now), limit)
                .query(UUID.class)
                .list();
    }

    public Optional<Pending> find(UUID id) {
        return jdbc.sql("select * from reply where id = ?").param(id).query((rs, i) -> new Pending(
                        rs.getObject("id", UUID.class), new WorkspaceId(rs.getObject("workspace_id", UUID.class)), rs.getString("channel"),
                        rs.getObject("target_post_id", UUID.class) == null ? null : new PostId(rs.getObject("target_post_id", UUID.class)),
                        rs.getString("text"), DeliveryState.valueOf(rs.getString("state")), rs.getInt("attempts"),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant()))
                .optional();
    }

    /**
     * Takes the reply for one attempt and marks it {@code UNKNOWN} before anything is sent: a crash during the
     * send leaves it unknown, never queued. False when another worker took it first.
     */
    public boolean claim(Pending reply, Instant leaseUntil) {
        return jdbc.sql("update reply set state = 'UNKNOWN', attempts = attempts + 1, next_attempt_at = ? where id = ? and state = ? and attempts = ?")
                        .params(utc(leaseUntil), reply.id(), reply.state().name(), reply.attempts())
                        .update()
                == 1;
    }

    public void sent(UUID id, String externalId) {
        jdbc.sql("update reply set state = 'SENT', external_id = ?, next_attempt_at = null, last_error = null where id = ?")
                .params(cut(externalId, 500), id)
                .update();
    }

    /** Back to {@code state} ({@code QUEUED} or {@code UNKNOWN}) until {@code next}, or {@code FAILED} for good. */
    public void retryLater(UUID id, DeliveryState state, @Nullable Instant next, String reason) {
        jdbc.sql("update reply set state = ?, next_attempt_at = ?, last_error = ? where id = ?")
                .params(state.name(), next == null ? null : utc(next), cut(reason, 1000), id)
                .update();
    }

    private static String cut(String value, int max) {
        return value.length() > max ? value.substring(0, max) : value;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static ReplyView view(ResultSet rs, int row) throws SQLException {
        return new ReplyView(rs.getObject("id", UUID.class), rs.getString("channel"), rs.getString("text"),
                DeliveryState.valueOf(rs.getString("state")), rs.getInt("attempts"), rs.getString("external_id"), rs.getString("last_error"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getString("author"), rs.getString("reviewed_by"),
                rs.getString("rejection_reason"));
    }
}
