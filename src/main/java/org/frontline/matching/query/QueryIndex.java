package org.frontline.matching.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.frontline.matching.Span;

/**
 * Many compiled queries, indexed so that one post is matched against all of them without evaluating each: every query
 * is filed under a few keys it cannot match without ({@link RequiredKeys}); a post looks up its own words, word
 * beginnings, hashtags, mentions and facts, and only the queries found that way are evaluated, exactly. Queries
 * without such keys (a bare {@code NOT x}) are evaluated for every post.
 *
 * <p>Immutable and thread-safe: build a new index when queries change and swap it in; posts being matched keep the
 * index they started with.
 *
 * @param <K> what identifies a query to the caller
 */
public final class QueryIndex<K> {

    /** A query that matched, and the spans in the original text that make it match. */
    public record Match<K>(K key, List<Span> spans) {}

    private static final int[] NONE = new int[0];

    private final List<K> keys;
    private final CompiledQuery[] queries;
    private final Map<String, int[]> byWord;
    private final Map<String, int[]> byPrefix;
    private final Map<String, int[]> byTag;
    private final Map<String, int[]> byFact;
    private final int[] unindexed;
    private final ThreadLocal<Candidates> scratch;

    private QueryIndex(List<K> keys, CompiledQuery[] queries, Postings postings) {
        this.keys = keys;
        this.queries = queries;
        this.byWord = postings.frozen(IndexKey.Kind.WORD);
        this.byPrefix = postings.frozen(IndexKey.Kind.PREFIX);
        this.byTag = postings.frozen(IndexKey.Kind.TAG);
        this.byFact = postings.frozen(IndexKey.Kind.FACT);
        this.unindexed = postings.unindexed();
        this.scratch = ThreadLocal.withInitial(() -> new Candidates(queries.length));
    }

    /** Indexes {@code queries}; matches are reported in the iteration order of the map. */
    public static <K> QueryIndex<K> of(Map<K, CompiledQuery> queries) {
        List<K> keys = new ArrayList<>(queries.size());
        CompiledQuery[] compiled = new CompiledQuery[queries.size()];
        Postings postings = new Postings();
        for (Map.Entry<K, CompiledQuery> entry : queries.entrySet()) {
            int ordinal = keys.size();
            keys.add(entry.getKey());
            compiled[ordinal] = entry.getValue();
            postings.add(ordinal, RequiredKeys.of(entry.getValue().query()));
        }
        return new QueryIndex<>(List.copyOf(keys), compiled, postings);
    }

    /** How many queries the index holds. */
    public int size() {
        return queries.length;
    }

    /** How many queries are evaluated for every post because no key could be found for them. */
    public int unindexedCount() {
        return unindexed.length;
    }

    /** Every query that matches {@code text}, with its spans; never null. */
    public List<Match<K>> match(MatchableText text) {
        List<Match<K>> matches = new ArrayList<>();
        for (int ordinal : candidates(text)) {
            queries[ordinal].match(text).ifPresent(spans -> matches.add(new Match<>(keys.get(ordinal), spans)));
        }
        return matches;
    }

    /** Calls {@code action} with the key of every query that matches {@code text}, without working out spans. */
    public void forEachMatch(MatchableText text, Consumer<K> action) {
        for (int ordinal : candidates(text)) {
            if (queries[ordinal].matches(text)) {
                action.accept(keys.get(ordinal));
            }
        }
    }

    /** How many queries a post would have evaluated: what the index saves is {@code size()} minus this. */
    public int candidateCount(MatchableText text) {
        return candidates(text).length;
    }

    private int[] candidates(MatchableText text) {
        Candidates found = scratch.get().reset();
        for (String word : text.words()) {
            found.addAll(byWord.getOrDefault(word, NONE));
            if (!byPrefix.isEmpty() && word.length() >= IndexKey.PREFIX_LENGTH) {
                found.addAll(byPrefix.getOrDefault(word.substring(0, IndexKey.PREFIX_LENGTH), NONE));
            }
        }
        if (!byTag.isEmpty()) {
            text.tagKeys().forEach(tag -> found.addAll(byTag.getOrDefault(tag, NONE)));
        }
        if (!byFact.isEmpty()) {
            factKeys(text.facts()).forEach(fact -> found.addAll(byFact.getOrDefault(fact, NONE)));
        }
        found.addAll(unindexed);
        return found.sorted();
    }

    private static List<String> factKeys(PostFacts facts) {
        List<String> keys = new ArrayList<>(5);
        if (facts.channel() != null) {
            keys.add("channel=" + facts.channel());
        }
        if (facts.lang() != null) {
            keys.add("lang=" + facts.lang());
            int dash = facts.lang().indexOf('-');
            if (dash > 0) {
                keys.add("lang=" + facts.lang().substring(0, dash));
            }
        }
        if (facts.authorHandle() != null) {
            keys.add("author=" + facts.authorHandle());
            int server = facts.authorHandle().indexOf('@');
            if (server > 0) {
                keys.add("author=" + facts.authorHandle().substring(0, server));
            }
        }
        return keys;
    }

    /** The queries filed under each key while the index is built. */
    private static final class Postings {

        private final Map<IndexKey, IntList> byKey = new HashMap<>();
        private final IntList unindexed = new IntList();

        void add(int ordinal, Optional<RequiredKeys.Choice> choice) {
            if (choice.isEmpty()) {
                unindexed.add(ordinal);
                return;
            }
            choice.get().keys().forEach(key -> byKey.computeIfAbsent(key, k -> new IntList()).add(ordinal));
        }

        Map<String, int[]> frozen(IndexKey.Kind kind) {
            Map<String, int[]> frozen = new HashMap<>();
            byKey.forEach((key, ordinals) -> {
                if (key.kind() == kind) {
                    frozen.put(key.value(), ordinals.toArray());
                }
            });
            return frozen;
        }

        int[] unindexed() {
            return unindexed.toArray();
        }
    }

    /** A growable list of ints. */
    private static final class IntList {

        private int[] items = new int[2];
        private int size;

        void add(int value) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            items[size++] = value;
        }

        int[] toArray() {
            return Arrays.copyOf(items, size);
        }
    }

    /**
     * The candidates of one post, without duplicates: a query is seen at most once per post, remembered by stamping
     * it with the post's number instead of clearing a set for every post. One per thread.
     */
    private static final class Candidates {

        private final int[] stamps;
        private int[] found = new int[64];
        private int size;
        private int post;

        Candidates(int queryCount) {
            stamps = new int[queryCount];
        }

        Candidates reset() {
            size = 0;
            if (++post == 0) { // after 2^32 posts the stamps wrap around: start afresh
                Arrays.fill(stamps, 0);
                post = 1;
            }
            return this;
        }

        void addAll(int[] ordinals) {
            for (int ordinal : ordinals) {
                if (stamps[ordinal] != post) {
                    stamps[ordinal] = post;
                    if (size == found.length) {
                        found = Arrays.copyOf(found, size * 2);
                    }
                    found[size++] = ordinal;
                }
            }
        }

        int[] sorted() {
            int[] result = Arrays.copyOf(found, size);
            Arrays.sort(result);
            return result;
        }
    }
}
