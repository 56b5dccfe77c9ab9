package org.frontline.matching.query;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Works out, for one query, a small set of {@link IndexKey}s such that every post the query matches contains at least
 * one of them. The index then only evaluates a query for posts that have one of its keys. Where no such set exists
 * (a query that is only a negation, or only a follower count) the query is evaluated for every post.
 *
 * <p>For an AND the cheapest operand is enough; for an OR every operand must contribute. "Cheap" estimates how
 * often a key occurs in posts without any statistics: long words are rarer than short ones, a hashtag or author is
 * rarer than any word, a language or channel is shared by a large part of all posts.
 */
final class RequiredKeys {

    /** A set of keys and its estimated cost: the expected number of posts, in arbitrary units, that carry one. */
    record Choice(Set<IndexKey> keys, double cost) {}

    private static final double COMMON_FACT = 500;
    private static final double RARE = 1;
    private static final double PREFIX = 16;
    private static final double PAIR_RARITY = 4;

    private RequiredKeys() {}

    static Optional<Choice> of(Query query) {
        return switch (query) {
            case Term term -> Optional.of(word(term.text()));
            case Phrase phrase -> Optional.of(rarest(phrase));
            case Prefix prefix -> Optional.of(single(IndexKey.prefixOf(prefix.stem()), PREFIX));
            case Hashtag hashtag -> Optional.of(single(IndexKey.tag(hashtag.canonical()), RARE));
            case Mention mention -> Optional.of(single(IndexKey.tag(mention.canonical()), RARE));
            case Near near -> cheapest(of(near.left()), of(near.right()));
            case Field field -> ofField(field);
            case Followers followers -> Optional.empty();
            case Not not -> Optional.empty();
            case And and -> and.clauses().stream().map(RequiredKeys::of).reduce(Optional.empty(), RequiredKeys::cheapest);
            case Or or -> union(or);
        };
    }

    private static Optional<Choice> ofField(Field field) {
        return switch (field.name()) {
            case AUTHOR -> Optional.of(single(IndexKey.fact("author", field.value()), RARE));
            case CHANNEL -> Optional.of(single(IndexKey.fact("channel", field.value()), COMMON_FACT));
            case LANG -> Optional.of(single(IndexKey.fact("lang", field.value()), COMMON_FACT));
            case URL, SITE -> Optional.empty();
        };
    }

    private static Optional<Choice> union(Or or) {
        Set<IndexKey> keys = new HashSet<>();
        double cost = 0;
        for (Query clause : or.clauses()) {
            Optional<Choice> choice = of(clause);
            if (choice.isEmpty()) {
                return Optional.empty();
            }
            keys.addAll(choice.get().keys());
            cost += choice.get().cost();
        }
        return Optional.of(new Choice(Set.copyOf(keys), cost));
    }

    private static Optional<Choice> cheapest(Optional<Choice> a, Optional<Choice> b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        return a.get().cost() <= b.get().cost() ? a : b;
    }

    /**
     * A phrase is filed under its rarest pair of neighbouring words: two words side by side are much rarer than either
     * alone (a phrase such as "make a" would otherwise be tested for every post that says "make").
     */
    private static Choice rarest(Phrase phrase) {
        List<String> words = phrase.words();
        if (words.size() == 1) {
            return word(words.getFirst());
        }
        Choice best = null;
        for (int i = 0; i + 1 < words.size(); i++) {
            double cost = Math.min(wordCost(words.get(i)), wordCost(words.get(i + 1))) / PAIR_RARITY;
            if (best == null || cost < best.cost()) {
                best = single(IndexKey.pair(words.get(i), words.get(i + 1)), cost);
            }
        }
        return best;
    }

    private static Choice word(String word) {
        return single(IndexKey.word(word), wordCost(word));
    }

    /** Halves with every character up to six: "a" 64, "of" 32, "the" 16, "help" 8 … "refund" 2. */
    static double wordCost(String word) {
        int length = Math.min(word.codePointCount(0, word.length()), 6);
        double cost = 128.0 / (1 << length);
        return CommonWords.contains(word) ? cost * 16 : cost;
    }

    private static Choice single(IndexKey key, double cost) {
        return new Choice(Set.of(key), cost);
    }
}
