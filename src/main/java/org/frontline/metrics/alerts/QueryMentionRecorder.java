package org.frontline.metrics.alerts;

import static org.frontline.metrics.internal.RollupWriter.utc;

import org.frontline.ingest.Posts;
import org.frontline.matching.MentionMatched;
import org.frontline.metrics.internal.RollupWriter;
import org.frontline.metrics.internal.Timeline;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Remembers which posts matched which query in which hour, so an alert can name the posts driving a spike. */
@Component
class QueryMentionRecorder {

    private final Posts posts;
    private final RollupWriter writer;

    QueryMentionRecorder(Posts posts, RollupWriter writer) {
        this.posts = posts;
        this.writer = writer;
    }

    @ApplicationModuleListener
    void on(MentionMatched event) {
        posts.find(event.workspace(), event.post()).ifPresent(post -> {
            var hour = utc(Timeline.hourOf(post.createdAt()));
            event.matches().stream().map(m -> m.query().value()).distinct().forEach(query -> writer.insertFact(
                    "metrics_query_mention", "workspace_id, query_id, bucket, post_id", event.workspace().value(), query, hour, post.id().value()));
        });
    }
}
