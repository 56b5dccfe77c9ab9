package org.frontline.replies;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.frontline.cases.CaseId;
import org.frontline.cases.CaseManagement;
import org.frontline.ingest.PostId;
import org.frontline.replies.internal.ReplyDelivery;
import org.frontline.replies.internal.ReplyRepository;
import org.frontline.replies.internal.ReplyTargets;
import org.frontline.shared.WorkspaceId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers customers. On a channel with a {@link ReplySender} the answer is queued and goes out on the thread
 * of the customer's latest post (delivery state queued, sent, failed or unknown); on the others it is recorded
 * as answered elsewhere: the agent posted it by hand, and Frontline keeps the text and the first-response time.
 */
@Component
public class Replies {

    private final JdbcClient jdbc;
    private final CaseManagement cases;
    private final ReplyRepository replies;
    private final ReplyTargets targets;
    private final ReplyDelivery delivery;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Replies(JdbcClient jdbc, CaseManagement cases, ReplyRepository replies, ReplyTargets targets, ReplyDelivery delivery,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.replies = replies;
        this.targets = targets;
        this.delivery = delivery;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Answers the case on its channel: queued for the channel's sender when there is one and the case knows
     * the post to answer, else recorded as answered elsewhere. Either way it counts as the case's response.
     */
    @Transactional
    public ReplyView answer(WorkspaceId workspace, CaseId caseId, String channel, String author, String text) {
        var target = answerableTarget(workspace, caseId, channel);
        if (target.isEmpty()) {
            var id = answeredElsewhere(workspace, caseId, channel, author, text);
            return find(workspace, id).orElseThrow();
        }
        if (text.isBlank()) {
            throw new IllegalArgumentException("A reply needs text");
        }
        return queue(workspace, caseId, target.get(), channel, author, text);
    }

    /**
     * Answers one given post of a case on its own thread, rather than the customer's latest post: closing the
     * loop on an idea answers each mention where it was said. Queued like any reply and counted as the case's
     * response. Empty, and nothing recorded, when the post's channel cannot be answered from Frontline.
     */
    @Transactional
    public Optional<ReplyView> answerPost(WorkspaceId workspace, CaseId caseId, PostId post, String channel, String author, String text) {
        if (text.isBlank()) {
            throw new IllegalArgumentException("A reply needs text");
        }
        var target = delivery.answerable(workspace, channel, post);
        if (target.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(queue(workspace, caseId, target.get(), channel, author, text));
    }

    /** Queues the reply for the channel's sender and counts it as the case's response. */
    private ReplyView queue(WorkspaceId workspace, CaseId caseId, PostId target, String channel, String author, String text) {
        var id = UUID.randomUUID();
        replies.insert(workspace, id, caseId, channel, author, text.strip(), DeliveryState.QUEUED, target, clock.instant());
        cases.recordReply(workspace, caseId, author, text.strip());
        events.publishEvent(new ReplyQueued(workspace, id));
        return find(workspace, id).orElseThrow();
    }

    /** One reply with its delivery state as it is now. */
    public Optional<ReplyView> find(WorkspaceId workspace, UUID replyId) {
        return replies.find(workspace, replyId);
    }

    /** The post an answer on this case would go to through the channel's sender; empty when it is answered elsewhere. */
    Optional<PostId> answerableTarget(WorkspaceId workspace, CaseId caseId, String channel) {
        return targets.of(workspace, caseId).flatMap(post -> delivery.answerable(workspace, channel, post));
    }

    /** Whether {@link #answer} would send on the channel itself (a sender exists and can answer the case's post). */
    public boolean sendsOnChannel(WorkspaceId workspace, CaseId caseId, String channel) {
        return answerableTarget(workspace, caseId, channel).isPresent();
    }

    /** The case's replies with their delivery state, oldest first. */
    public List<ReplyView> ofCase(WorkspaceId workspace, CaseId caseId) {
        return replies.ofCase(workspace, caseId);
    }

    /** Tries every reply that is due now (queued, or unknown and waiting to be checked). */
    public void deliverDue() {
        delivery.deliverDue();
    }

    /** Records an answer given on the channel by hand. */
    @Transactional
    public UUID answeredElsewhere(WorkspaceId workspace, CaseId caseId, String channel, String author, String text) {
        if (text.isBlank()) {
            throw new IllegalArgumentException("A reply needs text");
        }
        var id = UUID.randomUUID();
        jdbc.sql("insert into reply (id, workspace_id, case_id, channel, author, text, state, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, workspace.value(), caseId.value(), channel, author, text.strip(), DeliveryState.ANSWERED_ELSEWHERE.name(),
                        clock.instant().atOffset(ZoneOffset.UTC))
                .update();
        cases.recordReply(workspace, caseId, author, text.strip());
        return id;
    }

    public List<CannedResponse> cannedResponses(WorkspaceId workspace) {
        return jdbc.sql("select id, name, body from canned_response where workspace_id = ? order by name")
                .param(workspace.value())
                .query((rs, i) -> new CannedResponse(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("body")))
                .list();
    }

    @Transactional
    public CannedResponse saveCannedResponse(WorkspaceId workspace, String name, String body) {
        var response = new CannedResponse(UUID.randomUUID(), name.strip(), body.strip());
        jdbc.sql("insert into canned_response (id, workspace_id, name, body, created_at) values (?, ?, ?, ?, ?)")
                .params(response.id(), workspace.value(), response.name(), response.body(), clock.instant().atOffset(ZoneOffset.UTC))
                .update();
        return response;
    }
}
