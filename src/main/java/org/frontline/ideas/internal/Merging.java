package org.frontline.ideas.internal;

import java.time.Clock;
import org.frontline.ideas.TopicId;
import org.frontline.ideas.TopicNotFound;
import org.frontline.shared.WorkspaceId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges a duplicate into the topic that is kept: votes, comments, followers and linked mentions move to
 * it, a customer who voted for both keeps one vote, and the duplicate's address forwards to the kept topic.
 */
@Component
public class Merging {

    private final TopicRepository topics;
    private final VoteRepository votes;
    private final FollowRepository follows;
    private final CommentRepository comments;
    private final MentionLinks links;
    private final Clock clock;

    Merging(
            TopicRepository topics,
            VoteRepository votes,
            FollowRepository follows,
            CommentRepository comments,
            MentionLinks links,
            Clock clock) {
        this.topics = topics;
        this.votes = votes;
        this.follows = follows;
        this.comments = comments;
        this.links = links;
        this.clock = clock;
    }

    @Transactional
    public Topic merge(WorkspaceId workspace, TopicId duplicate, TopicId kept) {
        var source = topics.find(workspace, duplicate).orElseThrow(TopicNotFound::new);
        var target = topics.find(workspace, kept).orElseThrow(TopicNotFound::new);
        if (source.id().equals(target.id())) {
            throw new PortalRefused("A topic cannot be merged into itself.");
        }
        if (source.mergedInto() != null || target.mergedInto() != null) {
            throw new PortalRefused("Merge into the topic that is kept: #" + source.number() + " or #" + target.number()
                    + " was merged already.");
        }
        votes.move(source.id(), target.id());
        follows.move(source.id(), target.id());
        comments.move(source.id(), target.id());
        links.move(workspace, source.id(), target.id());
        topics.markMerged(workspace, source.id(), target.id(), clock.instant());
        topics.recount(source.id());
        topics.recount(target.id());
        return topics.find(workspace, target.id()).orElseThrow();
    }
}
