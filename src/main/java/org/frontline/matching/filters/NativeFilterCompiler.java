package org.frontline.matching.filters;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.frontline.matching.NativeFilter;
import org.frontline.matching.NativeFilter.Fit;
import org.frontline.matching.NativeFilter.Target;
import org.frontline.matching.query.Hashtag;
import org.frontline.matching.query.Or;
import org.frontline.matching.query.Phrase;
import org.frontline.matching.query.Query;
import org.frontline.matching.query.Term;

/** Compiles a parsed query to each network's native filter. Pure and thread-safe. */
public final class NativeFilterCompiler {

    /** Reddit refuses a search {@code q} longer than this. */
    public static final int REDDIT_MAX_LENGTH = 512;

    private static final String LOCAL =
            "Frontline's matcher still checks every post against the full query (folding, NEAR, wildcards, followers).";

    private NativeFilterCompiler() {}

    /** X filtered-stream rules for {@code query}, each at most {@code maxLength} characters. */
    public static NativeFilter xRule(Query query, int maxLength) {
        Approximation.Result approximation = Approximation.of(query, new XDialect());
        List<String> notes = new ArrayList<>(approximation.notes());
        Filter filter = anchoredAlternatives(approximation.filter(), notes);
        if (filter.equals(Filter.NOTHING)) {
            return new NativeFilter(Target.X_RULE, Fit.NEVER, List.of(), List.of("This query never matches a post from X."));
        }
        if (filter.equals(Filter.ANYTHING) || !Filter.anchored(filter)) {
            notes.add("X needs a word, phrase, hashtag, mention, from: or url: in every alternative of a rule; "
                    + "this query has none the stream can use, so it sees only posts that arrive as mentions or for other queries.");
            return new NativeFilter(Target.X_RULE, Fit.NONE, List.of(), notes);
        }
        RuleWriter writer = new RuleWriter(RuleWriter.Syntax.X, maxLength);
        List<String> rules = writer.rules(filter);
        notes.addAll(writer.notes());
        if (rules.isEmpty()) {
            return new NativeFilter(Target.X_RULE, Fit.NONE, List.of(), notes);
        }
        boolean exact = approximation.exact() && filter.equals(approximation.filter()) && !writer.shortened();
        return new NativeFilter(Target.X_RULE, exact ? Fit.EXACT : Fit.BROADER, rules, withLocal(notes, exact));
    }

    /** One Reddit search {@code q} for {@code query}. */
    public static NativeFilter redditSearch(Query query) {
        Approximation.Result approximation = Approximation.of(query, new RedditDialect());
        List<String> notes = new ArrayList<>(approximation.notes());
        Filter filter = anchoredAlternatives(approximation.filter(), notes);
        if (filter.equals(Filter.NOTHING)) {
            return new NativeFilter(Target.REDDIT_SEARCH, Fit.NEVER, List.of(), List.of("This query never matches a post from Reddit."));
        }
        if (filter.equals(Filter.ANYTHING) || !Filter.anchored(filter)) {
            notes.add("Reddit search needs at least one word, phrase or author in every alternative; this query has none.");
            return new NativeFilter(Target.REDDIT_SEARCH, Fit.NONE, List.of(), notes);
        }
        RuleWriter writer = new RuleWriter(RuleWriter.Syntax.REDDIT, REDDIT_MAX_LENGTH);
        List<String> rules = writer.rules(filter);
        notes.addAll(writer.notes());
        if (rules.size() != 1) {
            notes.add("Too long for one Reddit search of " + REDDIT_MAX_LENGTH + " characters; the keyword searches cover it.");
            return new NativeFilter(Target.REDDIT_SEARCH, Fit.NONE, List.of(), notes);
        }
        boolean exact = approximation.exact() && filter.equals(approximation.filter()) && !writer.shortened();
        return new NativeFilter(Target.REDDIT_SEARCH, exact ? Fit.EXACT : Fit.BROADER, rules, withLocal(notes, exact));
    }

    /** Hashtag streams that together carry every post {@code query} matches on Mastodon. */
    public static NativeFilter mastodonHashtags(Query query) {
        Set<String> cover = Covers.hashtags(query, "mastodon");
        if (cover == null) {
            return new NativeFilter(Target.MASTODON_HASHTAGS, Fit.NONE, List.of(), List.of(
                    "Mastodon streams hashtags, not words: this query can match a post without a hashtag, so it sees only "
                            + "mentions of the account and posts of other queries' hashtag streams."));
        }
        if (cover.isEmpty()) {
            return new NativeFilter(Target.MASTODON_HASHTAGS, Fit.NEVER, List.of(), List.of("This query never matches a post from Mastodon."));
        }
        boolean exact = onlyAlternativesOf(query, Hashtag.class, Hashtag.class);
        return new NativeFilter(Target.MASTODON_HASHTAGS, exact ? Fit.EXACT : Fit.BROADER, List.copyOf(cover),
                exact ? List.of() : List.of("Every matching post has one of these hashtags; " + LOCAL));
    }

    /** Words and phrases whose searches together find every post {@code query} matches on {@code channel}. */
    public static NativeFilter keywords(Query query, String channel) {
        Set<String> cover = Covers.keywords(query, channel);
        if (cover == null) {
            return new NativeFilter(Target.KEYWORDS, Fit.NONE, List.of(), List.of(
                    "This query can match a post without any particular word (only negations, fields or followers), "
                            + "so no keyword search can find its posts."));
        }
        if (cover.isEmpty()) {
            return new NativeFilter(Target.KEYWORDS, Fit.NEVER, List.of(), List.of("This query never matches a post from " + channel + "."));
        }
        boolean exact = onlyAlternativesOf(query, Term.class, Phrase.class);
        List<String> notes = new ArrayList<>();
        if (!exact) {
            notes.add("Every matching post has one of these words or phrases (a hashtag or mention as its word, a wildcard as its stem); " + LOCAL);
        }
        return new NativeFilter(Target.KEYWORDS, exact ? Fit.EXACT : Fit.BROADER, List.copyOf(cover), notes);
    }

    /**
     * An OR whose alternatives are not all anchored ({@code -spam OR -bot}, {@code lang:fr OR acme}) is refused or
     * near-unbounded on the networks, so it is widened to "anything" and left to the matcher.
     */
    private static Filter anchoredAlternatives(Filter filter, List<String> notes) {
        return switch (filter) {
            case Filter.All all -> Filter.all(all.clauses().stream().map(c -> anchoredAlternatives(c, notes)).toList());
            case Filter.Any any when !Filter.anchored(any) -> {
                notes.add("An OR with a negation or a language alone as one alternative cannot be a native filter; Frontline checks it.");
                yield Filter.ANYTHING;
            }
            default -> filter;
        };
    }

    private static boolean onlyAlternativesOf(Query query, Class<? extends Query> kind, Class<? extends Query> other) {
        java.util.function.Predicate<Query> leaf = q -> kind.isInstance(q) || other.isInstance(q);
        return leaf.test(query) || query instanceof Or or && or.clauses().stream().allMatch(leaf);
    }

    private static List<String> withLocal(List<String> notes, boolean exact) {
        if (exact) {
            return notes;
        }
        List<String> all = new ArrayList<>(notes);
        all.add(LOCAL);
        return all;
    }
}
