package org.frontline.replies.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.frontline.ingest.PostId;
import org.frontline.ingest.Posts;
import org.frontline.replies.DeliveryState;
import org.frontline.replies.OutgoingReply;
import org.frontline.replies.ReplyOutcome;
import org.frontline.replies.ReplyQueued;
import org.frontline.replies.ReplySender;
import org.frontline.shared.WorkspaceId;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends queued replies through their channel's sender, with retries. A reply is marked {@code unknown}
 * before each send; if the process dies before the answer is recorded, the next attempt either resends
 * with the same idempotency key (networks that deduplicate) or first reads the thread back, so that a reply
 * the network accepted is never sent twice.
 */
@Component
public class ReplyDelivery {

    static final int MAX_ATTEMPTS = 5;
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    private static final Logger log = LoggerFactory.getLogger(ReplyDelivery.class);

    private final ReplyRepository replies;
    private final Posts posts;
    private final Map<String, ReplySender> senders;
    private final Clock clock;

    ReplyDelivery(ReplyRepository replies, Posts posts, List<ReplySender> senders, Clock clock) {
        this.replies = replies;
        this.posts = posts;
        this.senders = senders.stream().collect(Collectors.toMap(s -> s.channel().wireName(), Function.identity()));
        this.clock = clock;
    }

    /** The post a reply on this channel would answer through a sender, if a sender can answer it. */
    public Optional<PostId> answerable(WorkspaceId workspace, String channel, PostId target) {
        var sender = senders.get(channel);
        if (sender == null) {
            return Optional.empty();
        }
        return posts.find(workspace, target).filter(post -> sender.canAnswer(workspace, post)).map(post -> target);
    }

    @ApplicationModuleListener
    void on(ReplyQueued event) {
        deliver(event.replyId());
    }

    @Scheduled(fixedDelayString = "${frontline.replies.delivery-every:15s}", initialDelayString = "${frontline.replies.delivery-every:15s}")
    public void deliverDue() {
        replies.due(clock.instant(), 50).forEach(this::deliver);
    }

    /** One attempt for one reply, if it is due and nobody else holds it. */
    public void deliver(UUID id) {
        var reply = replies.find(id).orElse(null);
        if (reply == null || reply.target() == null || (reply.state() != DeliveryState.QUEUED && reply.state() != DeliveryState.UNKNOWN)) {
            return;
        }
        var sender = senders.get(reply.channel());
        var post = posts.find(reply.workspace(), reply.target()).orElse(null);
        if (sender == null || post == null) {
            replies.retryLater(id, DeliveryState.FAILED, null, "The post to answer or the channel's sender is gone");
            return;
        }
        if (!replies.claim(reply, clock.instant().plus(LEASE))) {
            return;
        }
        var outgoing = new OutgoingReply(reply.workspace(), id, post, reply.text(), reply.attempts() + 1, reply.queuedAt());
        if (reply.state() == DeliveryState.UNKNOWN && !sender.idempotent()) {
            var found = sender.findDelivered(outgoing);
            if (found.isPresent()) {
                replies.sent(id, found.get().externalId());
                return;
            }
        }
        record(outgoing, sender.send(outgoing));
    }

    private void record(OutgoingReply reply, ReplyOutcome outcome) {
        switch (outcome) {
            case ReplyOutcome.Sent sent -> replies.sent(reply.replyId(), sent.externalId());
            case ReplyOutcome.Failed failed when failed.retryable() && reply.attempt() < MAX_ATTEMPTS ->
                    replies.retryLater(reply.replyId(), DeliveryState.QUEUED, retryAt(failed.retryAt(), reply.attempt()), failed.reason());
            case ReplyOutcome.Failed failed -> replies.retryLater(reply.replyId(), DeliveryState.FAILED, null, failed.reason());
            case ReplyOutcome.Unknown unknown -> {
                log.info("Reply {} may or may not have been delivered: {}", reply.replyId(), unknown.reason());
                // Past the last attempt it stays unknown, without a next attempt, for a person to check.
                var next = reply.attempt() < MAX_ATTEMPTS ? retryAt(null, reply.attempt()) : null;
                replies.retryLater(reply.replyId(), DeliveryState.UNKNOWN, next, unknown.reason());
            }
        }
    }

    private Instant retryAt(@Nullable Instant told, int attempt) {
        var backoff = clock.instant().plus(FIRST_RETRY.multipliedBy(1L << Math.min(attempt - 1, 10)));
        return told != null && told.isAfter(clock.instant()) ? told : backoff;
    }
}
