package org.frontline.channels.social;

import org.frontline.ingest.Channel;
import org.frontline.ingest.NewPost;
import org.frontline.ingest.PostIngestion;
import org.frontline.ingest.Posts;
import org.frontline.shared.WorkspaceId;
import org.springframework.stereotype.Component;

/**
 * Honours a deletion at the source: the stored post keeps its identity (cases still point at it) but loses
 * its text, through ingest's edit path. A deletion of a post never stored stores nothing.
 */
@Component
public class PostRemoval {

    static final String REMOVED_RAW = "{\"deleted\":true}";

    private final Posts posts;
    private final PostIngestion ingestion;

    PostRemoval(Posts posts, PostIngestion ingestion) {
        this.posts = posts;
        this.ingestion = ingestion;
    }

    /** @return whether a stored post lost its text */
    public boolean remove(WorkspaceId workspace, Channel channel, String externalId) {
        var stored = posts.findByExternalId(workspace, channel, externalId).flatMap(id -> posts.find(workspace, id));
        if (stored.isEmpty() || stored.get().text().isEmpty()) {
            return false;
        }
        var post = stored.get();
        ingestion.ingest(workspace, java.util.List.of(new NewPost(channel, externalId, post.url(), post.author(), "", post.lang(),
                post.createdAt(), post.inReplyTo(), REMOVED_RAW)));
        return true;
    }
}
