package org.frontline.matching.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.frontline.ingest.PostView;
import org.frontline.ingest.Posts;
import org.frontline.matching.QueryPreview;
import org.frontline.matching.query.CompiledQuery;
import org.frontline.shared.WorkspaceId;
import org.springframework.stereotype.Component;

/**
 * Runs one query over the stored posts of the last 30 days, newest first, in batches, so memory stays bounded
 * however many posts there are. Each post goes through the same matching as the live stream.
 */
@Component
public class QueryPreviewer {

    /** Bounds the time of one preview on a very busy workspace; the answer then says it is incomplete. */
    static final int MAX_SCANNED = 250_000;

    private static final int BATCH = 2_000;

    private final Posts posts;
    private final Clock clock;

    QueryPreviewer(Posts posts, Clock clock) {
        this.posts = posts;
        this.clock = clock;
    }

    public QueryPreview preview(WorkspaceId workspace, CompiledQuery query) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        LocalDate first = today.minusDays(QueryPreview.DAYS - 1L);
        var scan = new Scan(query, first);
        posts.forEachReceivedSince(workspace, first.atStartOfDay(ZoneOffset.UTC).toInstant(), BATCH, scan::take);
        List<QueryPreview.Day> days = new ArrayList<>(QueryPreview.DAYS);
        for (int day = 0; day < QueryPreview.DAYS; day++) {
            days.add(new QueryPreview.Day(first.plusDays(day), scan.perDay[day]));
        }
        return new QueryPreview(scan.scanned, scan.matched, !scan.truncated, days, scan.examples);
    }

    /** The running totals of one preview. */
    private static final class Scan {

        private final CompiledQuery query;
        private final LocalDate first;
        private final long[] perDay = new long[QueryPreview.DAYS];
        private final List<QueryPreview.Example> examples = new ArrayList<>();
        private int scanned;
        private long matched;
        private boolean truncated;

        Scan(CompiledQuery query, LocalDate first) {
            this.query = query;
            this.first = first;
        }

        boolean take(List<PostView> batch) {
            for (PostView post : batch) {
                if (scanned == MAX_SCANNED) {
                    truncated = true;
                    return false;
                }
                scanned++;
                take(post);
            }
            return true;
        }

        private void take(PostView post) {
            var text = PostMatcher.matchable(post);
            if (examples.size() < QueryPreview.MAX_EXAMPLES) {
                query.match(text).ifPresent(spans -> {
                    examples.add(new QueryPreview.Example(
                            post.id(), post.channel().wireName(), post.author().label(), post.text(), post.url(), post.createdAt(), spans));
                    count(post);
                });
            } else if (query.matches(text)) {
                count(post);
            }
        }

        private void count(PostView post) {
            matched++;
            int day = (int) Duration.between(first.atStartOfDay(ZoneOffset.UTC).toInstant(), post.receivedAt()).toDays();
            if (day >= 0 && day < perDay.length) {
                perDay[day]++;
            }
        }
    }
}
