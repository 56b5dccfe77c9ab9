package org.frontline.matching.internal;

import java.util.List;
import org.frontline.ingest.Channel;
import org.frontline.ingest.NewPost;
import org.frontline.ingest.PostAuthor;
import org.frontline.ingest.PostIngested;
import org.frontline.ingest.PostView;
import org.frontline.ingest.Posts;
import org.frontline.matching.MentionMatched;
import org.frontline.matching.QueryMatch;
import org.frontline.matching.query.MatchableText;
import org.frontline.matching.query.PostFacts;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Matches each newly stored post against its workspace's live queries, and only those: a workspace's queries never
 * see another workspace's posts. Runs after the post's transaction committed, and again after a crash (the event
 * publication stays incomplete until this returns).
 */
@Component
class PostMatcher {

    private static final Logger log = LoggerFactory.getLogger(PostMatcher.class);

    private final Posts posts;
    private final LiveQueries queries;
    private final ApplicationEventPublisher events;

    PostMatcher(Posts posts, LiveQueries queries, ApplicationEventPublisher events) {
        this.posts = posts;
        this.queries = queries;
        this.events = events;
    }

    @ApplicationModuleListener
    void on(PostIngested event) {
        posts.find(event.workspace(), event.post()).ifPresent(post -> {
            var matches = match(post);
            log.debug("Post {} matched {} queries", post.id(), matches.size());
            if (!matches.isEmpty()) {
                events.publishEvent(new MentionMatched(event.workspace(), post.id(), matches));
            }
        });
    }

    List<QueryMatch> match(PostView post) {
        var text = matchable(post);
        return queries.of(post.workspace()).match(text).stream()
                .map(match -> new QueryMatch(match.key(), match.spans()))
                .toList();
    }

    /** The post's text with what fields match on: channel, author, language, address, followers. */
    static MatchableText matchable(PostView post) {
        return matchable(post.channel(), post.author(), post.lang(), post.url(), post.text());
    }

    /** The same for a post about to be stored, so that what is stored about it agrees with what is matched. */
    static MatchableText matchable(NewPost post) {
        return matchable(post.channel(), post.author(), post.lang(), post.url(), post.text());
    }

    private static MatchableText matchable(
            Channel channel, PostAuthor author, @Nullable String lang, @Nullable String url, String text) {
        var facts = new PostFacts(channel.wireName(), author.handle(), lang, url, author.followers());
        return MatchableText.of(text, facts);
    }
}
