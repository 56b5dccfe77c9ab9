package org.frontline.channels.x;

import java.util.Objects;
import java.util.Optional;
import org.frontline.channels.social.Network;
import org.frontline.channels.social.NetworkFailure;
import org.frontline.channels.social.PostRemoval;
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
 * Answers on X with {@code POST /2/tweets} and {@code reply.in_reply_to_tweet_id}, as the connected account. X has no
 * idempotency key: after a lost answer the account's own posts since the customer's are read back for a reply to it
 * with the same text before anything is sent again. A customer's post that X no longer has loses its text here too.
 */
@Component
class XReplySender implements ReplySender {

    private final SocialConnections connections;
    private final XApi api;
    private final PostRemoval removal;

    XReplySender(SocialConnections connections, XApi api, PostRemoval removal) {
        this.connections = connections;
        this.api = api;
        this.removal = removal;
    }

    @Override
    public Channel channel() {
        return Channel.X;
    }

    @Override
    public boolean idempotent() {
        return false;
    }

    @Override
    public boolean canAnswer(WorkspaceId workspace, PostView post) {
        return connection(workspace).isPresent() && post.externalId().matches("[0-9]{1,25}");
    }

    @Override
    public ReplyOutcome send(OutgoingReply reply) {
        var connection = connection(reply.workspace()).orElse(null);
        if (connection == null) {
            return new ReplyOutcome.Failed("No X connection in this workspace", false, null);
        }
        var body = XApi.JSON.createObjectNode().put("text", reply.text());
        body.putObject("reply").put("in_reply_to_tweet_id", reply.inReplyTo().externalId());
        try {
            var data = api.postJson(connection, XApi.Token.USER, "/2/tweets", body.toString()).path("data");
            var id = data.path("id").asString("");
            return new ReplyOutcome.Sent(id, url(connection, id));
        } catch (NetworkFailure e) {
            if (e.status() == 404 || e.status() == 403 && e.getMessage().contains("deleted")) {
                removal.remove(reply.workspace(), Channel.X, reply.inReplyTo().externalId());
            }
            return e.status() == -1 ? new ReplyOutcome.Unknown(e.getMessage()) : new ReplyOutcome.Failed(e.getMessage(), e.retryable(), e.retryAt());
        }
    }

    @Override
    public Optional<ReplyOutcome.Sent> findDelivered(OutgoingReply reply) {
        var connection = connection(reply.workspace()).orElse(null);
        if (connection == null) {
            return Optional.empty();
        }
        var parent = reply.inReplyTo().externalId();
        try {
            var timeline = api.get(connection, XApi.Token.USER, "/2/users/" + XApi.encode(Objects.requireNonNullElse(connection.accountId(), ""))
                    + "/tweets?max_results=100&since_id=" + XApi.encode(parent) + "&tweet.fields=referenced_tweets");
            for (var tweet : timeline.path("data")) {
                if (repliesTo(tweet, parent) && tweet.path("text").asString("").strip().equals(reply.text().strip())) {
                    var id = tweet.path("id").asString("");
                    return Optional.of(new ReplyOutcome.Sent(id, url(connection, id)));
                }
            }
            return Optional.empty();
        } catch (NetworkFailure e) {
            return Optional.empty();
        }
    }

    private static boolean repliesTo(tools.jackson.databind.JsonNode tweet, String parent) {
        for (var reference : tweet.path("referenced_tweets")) {
            if (reference.path("type").asString("").equals("replied_to") && reference.path("id").asString("").equals(parent)) {
                return true;
            }
        }
        return false;
    }

    private static String url(SocialConnection connection, String id) {
        var handle = connection.label().startsWith("@") ? connection.label().substring(1).split(" ")[0] : "i/web";
        return "https://x.com/" + handle + "/status/" + id;
    }

    private Optional<SocialConnection> connection(WorkspaceId workspace) {
        return connections.list(workspace, Network.X).stream().findFirst();
    }
}
