package org.frontline.channels.bluesky;

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

/**
 * Answers on Bluesky: an {@code app.bsky.feed.post} record whose {@code reply.parent} is the customer's post
 * and {@code reply.root} its thread's root (both by URI and content id), written with a record key derived
 * from the reply ({@link Tid}). After a lost answer the record is looked up at that key before anything is
 * sent again.
 */
@Component
class BlueskyReplySender implements ReplySender {

    static final int MAX_GRAPHEMES = 300;

    private final SocialConnections connections;
    private final BlueskyApi api;
    private final BlueskyPostRefs refs;

    BlueskyReplySender(SocialConnections connections, BlueskyApi api, BlueskyPostRefs refs) {
        this.connections = connections;
        this.api = api;
        this.refs = refs;
    }

    @Override
    public Channel channel() {
        return Channel.BLUESKY;
    }

    @Override
    public boolean idempotent() {
        return false;
    }

    @Override
    public boolean canAnswer(WorkspaceId workspace, PostView post) {
        return connection(workspace).isPresent() && refs.find(workspace, post.externalId()).isPresent();
    }

    @Override
    public ReplyOutcome send(OutgoingReply reply) {
        var connection = connection(reply.workspace()).orElse(null);
        var parent = refs.find(reply.workspace(), reply.inReplyTo().externalId()).orElse(null);
        if (connection == null || parent == null) {
            return new ReplyOutcome.Failed("No Bluesky connection, or the post's thread is unknown", false, null);
        }
        if (graphemes(reply.text()) > MAX_GRAPHEMES) {
            return new ReplyOutcome.Failed("A Bluesky post is at most " + MAX_GRAPHEMES + " characters", false, null);
        }
        try {
            var session = api.login(connection);
            var created = api.createRecord(connection, session, Tid.of(reply.queuedAt(), reply.replyId()), record(reply, parent));
            return new ReplyOutcome.Sent(created.path("uri").asString(""), null);
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
            var session = api.login(connection);
            return api.getRecord(connection, session, Tid.of(reply.queuedAt(), reply.replyId()))
                    .map(found -> new ReplyOutcome.Sent(found.path("uri").asString(""), null));
        } catch (NetworkFailure e) {
            return Optional.empty();
        }
    }

    private static tools.jackson.databind.JsonNode record(OutgoingReply reply, BlueskyPostRefs.Ref parent) {
        var record = JetstreamEvent.JSON.createObjectNode()
                .put("$type", JetstreamEvent.POST)
                .put("text", reply.text())
                .put("createdAt", reply.queuedAt().toString());
        var refsNode = record.putObject("reply");
        refsNode.putObject("root").put("uri", parent.rootUri()).put("cid", parent.rootCid());
        refsNode.putObject("parent").put("uri", parent.uri()).put("cid", parent.cid());
        return record;
    }

    /** Bluesky counts user-perceived characters: an emoji with modifiers is one. */
    static int graphemes(String text) {
        var boundaries = java.text.BreakIterator.getCharacterInstance();
        boundaries.setText(text);
        var count = 0;
        while (boundaries.next() != java.text.BreakIterator.DONE) {
            count++;
        }
        return count;
    }

    private Optional<SocialConnection> connection(WorkspaceId workspace) {
        return connections.list(workspace, Network.BLUESKY).stream().findFirst();
    }
}
