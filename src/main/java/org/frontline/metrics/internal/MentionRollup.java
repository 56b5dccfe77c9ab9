package org.frontline.metrics.internal;

import static org.frontline.metrics.internal.RollupWriter.ANY_QUERY;
import static org.frontline.metrics.internal.RollupWriter.utc;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.frontline.classify.MentionClassified;
import org.frontline.ingest.PostView;
import org.frontline.ingest.Posts;
import org.frontline.matching.MentionMatched;
import org.frontline.matching.QueryMatch;
import org.frontline.shared.WorkspaceId;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the listening rollups: volume, terms and hashtags when a mention is matched, signals and authors when
 * it is classified, each bucketed by the hour (UTC) and the local day the post was written and by the post's
 * language. A replayed
 * event finds its fact and adds nothing.
 */
@Component
class MentionRollup {

    private final RollupWriter writer;
    private final Posts posts;

    MentionRollup(RollupWriter writer, Posts posts) {
        this.writer = writer;
        this.posts = posts;
    }

    @ApplicationModuleListener
    void on(MentionMatched event) {
        posts.find(event.workspace(), event.post()).ifPresent(post -> matched(event.workspace(), post, event.matches()));
    }

    @ApplicationModuleListener
    void on(MentionClassified event) {
        posts.find(event.workspace(), event.post()).ifPresent(post -> classified(event, post));
    }

    void matched(WorkspaceId workspace, PostView post, List<QueryMatch> matches) {
        var channel = post.channel().wireName();
        var lang = Dimensions.language(post.lang());
        if (!writer.insertFact("metrics_mention_fact", "workspace_id, post_id, channel, occurred_at, lang",
                workspace.value(), post.id().value(), channel, utc(post.createdAt()), lang)) {
            return;
        }
        var at = post.createdAt();
        matches.stream().map(m -> m.query().value()).distinct().forEach(query -> writer.insertFact(
                "metrics_mention_query", "workspace_id, post_id, query_id", workspace.value(), post.id().value(), query));
        var found = Terms.of(post.text(), lang);
        queryDimension(matches).forEach(query -> {
            writer.add(Rollup.MENTIONS, workspace, at, List.of(channel, query, lang), List.of(1L));
            found.terms().forEach(term -> writer.add(Rollup.TERMS, workspace, at, List.of(channel, query, lang, "term", term), List.of(1L)));
            found.hashtags().forEach(tag -> writer.add(Rollup.TERMS, workspace, at, List.of(channel, query, lang, "tag", tag), List.of(1L)));
        });
    }

    void classified(MentionClassified event, PostView post) {
        var workspace = event.workspace();
        var intent = event.signals().intent().intent().wireName();
        var score = event.signals().sentiment().score();
        if (!writer.insertFact("metrics_signal_fact", "workspace_id, post_id, intent, sentiment",
                workspace.value(), post.id().value(), intent, score)) {
            return;
        }
        var polarity = event.signals().sentiment().polarity();
        var negative = polarity.equals("negative") ? 1L : 0L;
        var positive = polarity.equals("positive") ? 1L : 0L;
        var at = post.createdAt();
        var channel = post.channel().wireName();
        var lang = Dimensions.language(post.lang());
        List<Object> increments = List.of(1L, score, negative, positive);
        var handle = clip(post.author().handle());
        var label = clip(post.author().label());
        queryDimension(event.matches()).forEach(query -> {
            writer.add(Rollup.SIGNALS, workspace, at, List.of(channel, query, lang, intent), increments);
            writer.add(Rollup.AUTHORS, workspace, at, List.of(channel, query, lang, handle), List.of(1L, positive, negative), List.of(label));
        });
    }

    private static String clip(String value) {
        return value.length() <= 200 ? value : value.substring(0, 200);
    }

    private static Stream<UUID> queryDimension(List<QueryMatch> matches) {
        return Stream.concat(Stream.of(ANY_QUERY), matches.stream().map(m -> m.query().value()).distinct());
    }
}
