package org.frontline.channels.social;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Function;
import org.frontline.matching.NativeFilter;
import org.frontline.matching.NativeFilters;
import org.frontline.matching.TrackingQueries;
import org.frontline.matching.TrackingQuery;
import org.frontline.shared.WorkspaceId;
import org.springframework.stereotype.Component;

/**
 * What a network should be asked for, compiled by {@link NativeFilters} from a workspace's live tracking queries:
 * the hashtags every matching post carries (Mastodon's hashtag streams) and the fewest words and phrases every
 * matching post contains (keyword searches). Networks search broadly with these; the matcher then applies the full
 * query to every post that comes in. A query that no hashtag or word can cover adds nothing here.
 */
@Component
public class TrackedTerms {

    private static final int MAX = 20;

    private final TrackingQueries queries;

    TrackedTerms(TrackingQueries queries) {
        this.queries = queries;
    }

    /** Hashtags without {@code #}, folded, at most 20. */
    public List<String> hashtags(WorkspaceId workspace) {
        return collect(workspace, NativeFilters::mastodonHashtags);
    }

    /** Words and phrases to search for, folded, at most 20. */
    public List<String> terms(WorkspaceId workspace) {
        return collect(workspace, query -> NativeFilters.keywords(query, "any"));
    }

    private List<String> collect(WorkspaceId workspace, Function<String, NativeFilter> compile) {
        var collected = new LinkedHashSet<String>();
        for (var query : live(workspace)) {
            var filter = compile.apply(query.query());
            if (!filter.usable()) {
                continue;
            }
            for (var value : filter.filters()) {
                if (collected.size() < MAX) {
                    collected.add(value);
                }
            }
        }
        return List.copyOf(collected);
    }

    private List<TrackingQuery> live(WorkspaceId workspace) {
        return queries.list(workspace).stream().filter(q -> !q.paused()).toList();
    }
}
