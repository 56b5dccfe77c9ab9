package org.frontline.channels.mastodon;

import org.frontline.channels.social.NetworkFailure;
import java.net.URI;
import java.util.Optional;
import org.frontline.channels.social.Network;
import org.frontline.channels.social.SocialConnection;
import org.frontline.channels.social.SocialConnections;
import org.frontline.ingest.Channel;
import org.frontline.ingest.PostView;
import org.frontline.replies.OutgoingReply;
import org.frontline.replies.ReplyOutcome;
import org.frontline.replies.ReplySender;
import org.frontline.shared.WorkspaceId;
import org.springframework.stereotype.Component;

/**
 * Answers on Mastodon with {@code POST /api/v1/statuses} and {@code in_reply_to_id}, from the connection of
 * the instance that served the post. The reply names the customer ({@code @acct}) so they are notified.
 * Mastodon keeps an {@code Idempotency-Key} for an hour: a resend after an unknown outcome returns the first
 * status instead of posting a second.
 */
@Component
class MastodonReplySender implements ReplySender {

    private final SocialConnections connections;
    private final MastodonApi api;

    MastodonReplySender(SocialConnections connections, MastodonApi api) {
        this.connections = connections;
        this.api = api;
    }

    @Override
    public Channel channel() {
        return Channel.MASTODON;
    }

    @Override
    public boolean idempotent() {
        return true;
    }

    @Override
    public boolean canAnswer(WorkspaceId workspace, PostView post) {
        return connectionFor(workspace, post).isPresent();
    }

    @Override
    public ReplyOutcome send(OutgoingReply reply) {
        var connection = connectionFor(reply.workspace(), reply.inReplyTo()).orElse(null);
        if (connection == null) {
            return new ReplyOutcome.Failed("No Mastodon connection of this workspace serves this post", false, null);
        }
        var statusId = MastodonStatuses.statusId(host(connection), reply.inReplyTo().externalId());
        try {
            var status = api.postStatus(connection, addressed(reply), statusId, reply.idempotencyKey());
            return new ReplyOutcome.Sent(MastodonStatuses.externalId(host(connection), status.path("id").asString("")),
                    status.path("url").asString(null));
        } catch (NetworkFailure e) {
            return e.outcome();
        }
    }

    /** Never needed: the idempotency key makes a resend safe. */
    @Override
    public Optional<ReplyOutcome.Sent> findDelivered(OutgoingReply reply) {
        return Optional.empty();
    }

    private static String addressed(OutgoingReply reply) {
        var handle = reply.inReplyTo().author().handle();
        return handle.startsWith("@") && !reply.text().contains(handle) ? handle + " " + reply.text() : reply.text();
    }

    private Optional<SocialConnection> connectionFor(WorkspaceId workspace, PostView post) {
        return connections.list(workspace, Network.MASTODON).stream()
                .filter(c -> MastodonStatuses.statusId(host(c), post.externalId()) != null)
                .findFirst();
    }

    private static String host(SocialConnection connection) {
        return URI.create(connection.baseUrl()).getHost();
    }
}
