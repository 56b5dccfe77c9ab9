package org.frontline.ideas.internal;

import java.time.Clock;
import org.frontline.ideas.TopicId;
import org.frontline.ideas.TopicKind;
import org.frontline.ingest.PostId;
import org.frontline.ingest.Posts;
import org.frontline.shared.WorkspaceId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.server.ResponseStatusException;

/** Topics the company creates: from a mention an agent saw in a case, posted in the portal's (the company's) name. */
@Component
public class TopicCreation {

    private final TopicRepository topics;
    private final PortalRepository portals;
    private final Posts posts;
    private final TransactionTemplate transactions;
    private final Clock clock;

    TopicCreation(TopicRepository topics, PortalRepository portals, Posts posts, TransactionTemplate transactions, Clock clock) {
        this.topics = topics;
        this.portals = portals;
        this.posts = posts;
        this.transactions = transactions;
        this.clock = clock;
    }

    public TopicId fromMention(WorkspaceId workspace, PostId postId, TopicKind kind, String title) {
        var portal = portals.find(workspace).orElseThrow(() -> new PortalRefused("Open the workspace's portal first."));
        var post = posts.find(workspace, postId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such mention"));
        var cleanTitle = title.strip();
        if (cleanTitle.length() < Posting.MIN_TITLE || cleanTitle.length() > Posting.MAX_TITLE) {
            throw new PortalRefused("A title has " + Posting.MIN_TITLE + " to " + Posting.MAX_TITLE + " characters.");
        }
        var quoted = post.text().strip().lines().map(l -> "> " + l).reduce((a, b) -> a + "\n" + b).orElse("");
        var body = quoted + "\n\n(Heard from a customer on " + post.channel().wireName() + ".)";
        var draft = new TopicRepository.NewTopic(kind, cleanTitle,
                body.length() > Posting.MAX_BODY ? body.substring(0, Posting.MAX_BODY) : body,
                null, portal.title(), Visibility.VISIBLE, SpamScore.NONE, Rudeness.NONE);
        return create(workspace, draft).id();
    }

    /** Stores a company topic with the next number, retrying when another topic took it at the same moment. */
    Topic create(WorkspaceId workspace, TopicRepository.NewTopic draft) {
        for (int attempt = 0; ; attempt++) {
            try {
                return transactions.execute(s -> topics.insert(workspace, draft, clock.instant()));
            } catch (DuplicateKeyException raced) {
                if (attempt >= 5) {
                    throw raced;
                }
            }
        }
    }
}
