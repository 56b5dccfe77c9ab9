package org.frontline.matching.filters;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.frontline.matching.query.And;
import org.frontline.matching.query.Field;
import org.frontline.matching.query.Hashtag;
import org.frontline.matching.query.Mention;
import org.frontline.matching.query.Near;
import org.frontline.matching.query.Not;
import org.frontline.matching.query.Or;
import org.frontline.matching.query.Phrase;
import org.frontline.matching.query.Prefix;
import org.frontline.matching.query.Query;
import org.frontline.matching.query.Term;
import org.jspecify.annotations.Nullable;

/**
 * A cover of a query: a set of keys (hashtags, words) such that every post the query matches has at least one of them.
 * Following a stream per key, or running a search per key, then sees every such post. A smaller cover costs fewer
 * streams or requests, so an {@code AND} takes the smallest cover among its clauses. {@code null}: no cover exists (the
 * query can match a post without any such key); an empty cover: the query never matches on that channel.
 */
final class Covers {

    private Covers() {}

    /** Hashtags without {@code #}, for Mastodon's hashtag streams. */
    static @Nullable Set<String> hashtags(Query query, String channel) {
        return cover(query, channel, leaf -> leaf instanceof Hashtag hashtag ? Set.of(hashtag.name()) : null);
    }

    /**
     * Words and phrases for a keyword search. A hashtag or mention is searched as its bare word, and a wildcard as its
     * stem, since search engines index {@code #refund} under {@code refund}.
     */
    static @Nullable Set<String> keywords(Query query, String channel) {
        return cover(query, channel, leaf -> switch (leaf) {
            case Term term -> Set.of(term.text());
            case Phrase phrase -> Set.of(String.join(" ", phrase.words()));
            case Hashtag hashtag -> Set.of(hashtag.name());
            case Mention mention -> Set.of(mention.name());
            case Prefix prefix -> Set.of(prefix.stem());
            default -> null;
        });
    }

    private static @Nullable Set<String> cover(Query query, String channel, Function<Query, @Nullable Set<String>> leaf) {
        return switch (query) {
            case And and -> smallest(and.clauses().stream().map(c -> cover(c, channel, leaf)).toList());
            case Or or -> union(or.clauses().stream().map(c -> cover(c, channel, leaf)).toList());
            case Near near -> smallest(java.util.Arrays.asList(cover(near.left(), channel, leaf), cover(near.right(), channel, leaf)));
            case Not not when not.clause() instanceof Field field && field.name() == Field.Name.CHANNEL ->
                    field.value().equals(channel) ? Set.of() : null;
            case Not not -> null;
            case Field field when field.name() == Field.Name.CHANNEL -> field.value().equals(channel) ? null : Set.of();
            default -> leaf.apply(query);
        };
    }

    private static @Nullable Set<String> smallest(List<@Nullable Set<String>> covers) {
        return covers.stream().filter(Objects::nonNull).min(Comparator.comparingInt(Set::size)).orElse(null);
    }

    private static @Nullable Set<String> union(List<@Nullable Set<String>> covers) {
        Set<String> union = new LinkedHashSet<>();
        for (Set<String> cover : covers) {
            if (cover == null) {
                return null;
            }
            union.addAll(cover);
        }
        return union;
    }
}
