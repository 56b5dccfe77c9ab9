package org.frontline.channels.reddit;

import org.frontline.channels.social.NetworkFailure;
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
import tools.jackson.databind.JsonNode;

/**
 * Answers on Reddit with {@code POST /api/comment} under the customer's submission or comment. Reddit has no
 * idempotency key: after a lost answer the account's latest comments are read back for one under the same
 * parent with the same text before anything is sent again.
 */
@Component
class RedditReplySender implements ReplySender {

    private final SocialConnections connections;
    private final RedditApi api;

    RedditReplySender(SocialConnections connections, RedditApi api) {
        this.connections = connections;
        this.api = api;
    }

    @Override
    public Channel channel() {
        return Channel.REDDIT;
    }

    @Override
    public boolean idempotent() {
        return false;
    }

    @Override
    public boolean canAnswer(WorkspaceId workspace, PostView post) {
        return connection(workspace).isPresent() && post.externalId().matches("t[13]_[0-9a-z]{1,16}");
    }

    @Override
    public ReplyOutcome send(OutgoingReply reply) {
        var connection = connection(reply.workspace()).orElse(null);
        if (connection == null) {
            return new ReplyOutcome.Failed("No Reddit connection in this workspace", false, null);
        }
        try {
            var answer = api.postForm(connection, "/api/comment", "api_type=json&thing_id=" + RedditApi.encode(reply.inReplyTo().externalId())
                    + "&text=" + RedditApi.encode(reply.text()));
            var errors = answer.path("json").path("errors");
            if (errors.isArray() && !errors.isEmpty()) {
                var first = errors.get(0);
                var code = first.path(0).asString("");
                return new ReplyOutcome.Failed("Reddit refused the comment: " + first.path(1).asString(code), code.equals("RATELIMIT"), null);
            }
            var thing = answer.path("json").path("data").path("things").path(0).path("data");
            return new ReplyOutcome.Sent(thing.path("name").asString(thing.path("id").asString("")), permalink(thing));
        } catch (NetworkFailure e) {
            return e.outcome();
        }
    }

    @Override
    public Optional<ReplyOutcome.Sent> findDelivered(OutgoingReply reply) {
        var connection = connection(reply.workspace()).orElse(null);
        if (connection == null) {
            return Optional.empty();
        }
        try {
            var username = api.credentials(connection).username();
            var comments = api.get(connection, "/user/" + RedditApi.encode(username) + "/comments?sort=new&limit=25&raw_json=1");
            for (var child : comments.path("data").path("children")) {
                var data = child.path("data");
                if (data.path("parent_id").asString("").equals(reply.inReplyTo().externalId()) && data.path("body").asString("").equals(reply.text())) {
                    return Optional.of(new ReplyOutcome.Sent(data.path("name").asString(), permalink(data)));
                }
            }
            return Optional.empty();
        } catch (NetworkFailure e) {
            return Optional.empty();
        }
    }

    private static String permalink(JsonNode data) {
        var permalink = data.path("permalink").asString("");
        return permalink.startsWith("/") ? RedditThings.SITE + permalink : null;
    }

    private Optional<SocialConnection> connection(WorkspaceId workspace) {
        return connections.list(workspace, Network.REDDIT).stream().findFirst();
    }
}
