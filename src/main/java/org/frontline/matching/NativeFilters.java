package org.frontline.matching;

import java.util.List;
import org.frontline.matching.filters.NativeFilterCompiler;
import org.frontline.matching.query.Query;
import org.frontline.matching.query.QueryParser;
import org.frontline.matching.query.QuerySyntaxError;

/**
 * Compiles tracking queries to the native filters of the networks: X filtered-stream rules, Mastodon hashtag streams,
 * a Reddit search {@code q}, and keyword searches. Each result is a prefilter that lets through at least every post
 * the query matches, and says where it is wider; the exact match always happens in Frontline. Pure and thread-safe.
 */
public final class NativeFilters {

    /**
     * The rule length the query page shows X rules for: X API v2 Pro access allows 1,024 characters per rule. A
     * connection compiles with its own access level's limit.
     */
    public static final int X_DEFAULT_MAX_LENGTH = 1_024;

    private NativeFilters() {}

    /** Every target, in the order the query page shows them. @throws InvalidTrackingQuery when it does not parse */
    public static List<NativeFilter> all(String query) {
        Query parsed = parse(query);
        return List.of(
                NativeFilterCompiler.xRule(parsed, X_DEFAULT_MAX_LENGTH),
                NativeFilterCompiler.mastodonHashtags(parsed),
                NativeFilterCompiler.redditSearch(parsed),
                NativeFilterCompiler.keywords(parsed, "any"));
    }

    /** X rules of at most {@code maxLength} characters each. @throws InvalidTrackingQuery when it does not parse */
    public static NativeFilter xRule(String query, int maxLength) {
        return NativeFilterCompiler.xRule(parse(query), maxLength);
    }

    public static NativeFilter mastodonHashtags(String query) {
        return NativeFilterCompiler.mastodonHashtags(parse(query));
    }

    public static NativeFilter redditSearch(String query) {
        return NativeFilterCompiler.redditSearch(parse(query));
    }

    /** Keyword searches for a network named by its channel wire name ({@code reddit}, {@code hackernews} …). */
    public static NativeFilter keywords(String query, String channel) {
        return NativeFilterCompiler.keywords(parse(query), channel);
    }

    private static Query parse(String query) {
        try {
            return QueryParser.parse(query);
        } catch (QuerySyntaxError e) {
            throw new InvalidTrackingQuery(e);
        }
    }
}
