package org.frontline.replies;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.frontline.cases.CaseId;
import org.frontline.cases.CaseManagement;
import org.frontline.replies.internal.ReplyRepository;
import org.frontline.shared.WorkspaceId;
import org.frontline.workspaces.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The optional approval step, for agencies whose clients approve replies. Off by default. While a workspace
 * requires approval, a reply written by an agent is kept as a draft: nothing goes to the channel and the case's
 * first response is not met. An approver (or admin) may edit it, approve it — it then takes the usual path,
 * queued for the channel's sender or recorded as answered elsewhere, and that moment is the case's response
 * time — or reject it with a reason its author sees. Replies written by approvers and admins go out directly:
 * they would approve them anyway. Nobody reviews a draft they wrote themselves.
 */
@Component
public class ReplyApprovals {

    private static final int ACTOR_MAX = 200;

    private final ReplyRepository replies;
    private final Replies sending;
    private final CaseManagement cases;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReplyApprovals(ReplyRepository replies, Replies sending, CaseManagement cases, ApplicationEventPublisher events, Clock clock) {
        this.replies = replies;
        this.sending = sending;
        this.cases = cases;
        this.events = events;
        this.clock = clock;
    }

    public boolean required(WorkspaceId workspace) {
        return replies.approvalRequired(workspace);
    }

    @Transactional
    public void require(WorkspaceId workspace, boolean required, String actor) {
        replies.setApprovalRequired(workspace, required, cut(actor), clock.instant());
    }

    /** Whether a reply by someone holding {@code role} waits for approval in this workspace now. */
    public boolean needsApproval(WorkspaceId workspace, Role role) {
        return !role.includes(Role.APPROVER) && required(workspace);
    }

    /**
     * Answers the case, or keeps the answer as a draft awaiting approval when the workspace requires it and the
     * author is not an approver. Never null.
     */
    @Transactional
    public ReplyView answerOrDraft(WorkspaceId workspace, CaseId caseId, String channel, String author, Role role, String text) {
        if (!needsApproval(workspace, role)) {
            return sending.answer(workspace, caseId, channel, author, text);
        }
        if (text.isBlank()) {
            throw new IllegalArgumentException("A reply needs text");
        }
        var id = UUID.randomUUID();
        replies.insert(workspace, id, caseId, channel, cut(author), text.strip(), DeliveryState.AWAITING_APPROVAL, null, clock.instant());
        return find(workspace, caseId, id);
    }

    /**
     * Approves a draft, with the approver's edits when {@code editedText} is given, and sends it on its way.
     *
     * @throws ReplyNotFound, ReplyNotAwaitingApproval (already sent or rejected), OwnDraftApproval
     */
    @Transactional
    public ReplyView approve(WorkspaceId workspace, CaseId caseId, UUID replyId, String approver, @Nullable String editedText) {
        var draft = reviewable(workspace, caseId, replyId, approver);
        var text = editedText == null || editedText.isBlank() ? draft.text() : editedText.strip();
        var target = sending.answerableTarget(workspace, caseId, draft.channel());
        var next = target.isPresent() ? DeliveryState.QUEUED : DeliveryState.ANSWERED_ELSEWHERE;
        if (!replies.approve(workspace, replyId, text, next, target.orElse(null), cut(approver), clock.instant())) {
            throw new ReplyNotAwaitingApproval(find(workspace, caseId, replyId).state());
        }
        cases.recordReply(workspace, caseId, cut(draft.author() + " (approved by " + approver + ")"), text);
        if (next == DeliveryState.QUEUED) {
            events.publishEvent(new ReplyQueued(workspace, replyId));
        }
        return find(workspace, caseId, replyId);
    }

    /** Replaces a draft's text without approving it yet (an approver's correction, kept for a later decision). */
    @Transactional
    public ReplyView edit(WorkspaceId workspace, CaseId caseId, UUID replyId, String approver, String text) {
        reviewable(workspace, caseId, replyId, approver);
        if (text.isBlank()) {
            throw new IllegalArgumentException("A reply needs text");
        }
        if (!replies.editDraft(workspace, replyId, text.strip())) {
            throw new ReplyNotAwaitingApproval(find(workspace, caseId, replyId).state());
        }
        return find(workspace, caseId, replyId);
    }

    /** Turns a draft down; its author sees the reason on the case. Nothing is sent. */
    @Transactional
    public ReplyView reject(WorkspaceId workspace, CaseId caseId, UUID replyId, String approver, String reason) {
        reviewable(workspace, caseId, replyId, approver);
        if (!replies.reject(workspace, replyId, cut(approver), reason.strip(), clock.instant())) {
            throw new ReplyNotAwaitingApproval(find(workspace, caseId, replyId).state());
        }
        return find(workspace, caseId, replyId);
    }

    /** The workspace's drafts awaiting approval, oldest first. */
    public List<Draft> awaitingApproval(WorkspaceId workspace) {
        return replies.awaitingApproval(workspace, 200).stream().map(d -> new Draft(d.caseId(), d.reply())).toList();
    }

    public long countAwaitingApproval(WorkspaceId workspace) {
        return replies.countAwaitingApproval(workspace);
    }

    /** A draft awaiting approval and the case it answers. */
    public record Draft(CaseId caseId, ReplyView reply) {}

    private ReplyView reviewable(WorkspaceId workspace, CaseId caseId, UUID replyId, String approver) {
        var reply = find(workspace, caseId, replyId);
        if (!reply.awaitingApproval()) {
            throw new ReplyNotAwaitingApproval(reply.state());
        }
        if (reply.author().equals(cut(approver))) {
            throw new OwnDraftApproval();
        }
        return reply;
    }

    private ReplyView find(WorkspaceId workspace, CaseId caseId, UUID replyId) {
        return replies.findOfCase(workspace, caseId, replyId).orElseThrow(() -> new ReplyNotFound(replyId));
    }

    private static String cut(String actor) {
        return actor.length() > ACTOR_MAX ? actor.substring(0, ACTOR_MAX) : actor;
    }
}
