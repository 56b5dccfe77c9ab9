package org.frontline.matching.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.frontline.matching.Span;

/**
 * Many compiled queries, indexed so that one post is matched against all of them without evaluating each: every query
 * is filed under a few keys it cannot match without ({@link RequiredKeys}); a post looks up its own words, hashtags,
 * mentions and facts once, in {@link Atoms}, and only the queries found that way are tested, by their {@link Check}s,
 * which read what the post has from arrays. A query that is an OR of words is reported without any test when one of
 * its words brought it. Spans are worked out, exactly, for the matching queries only. Queries without keys (a bare
 * {@code NOT x}) are tested for every post.
 *
 * <p>Immutable and thread-safe: build a new index when queries change and swap it in; posts being matched keep the
 * index they started with.
 *
 * @param <K> what identifies a query to the caller
 */
public final class QueryIndex<K> {

    /** A query that matched, and the spans in the original text that make it match. */
    public record Match<K>(K key, List<Span> spans) {}

    private final List<K> keys;
    private final CompiledQuery[] queries;
    private final Check[] checks;
    private final Atoms atoms;
    private final Map<String, int[]> byFact;
    private final int[] unindexed;
    private final ThreadLocal<PostScan> scratch;

    private QueryIndex(List<K> keys, CompiledQuery[] queries, Check[] checks, Atoms atoms, Map<String, int[]> byFact,
            int[] unindexed) {
        this.keys = keys;
        this.queries = queries;
        this.checks = checks;
        this.atoms = atoms;
        this.byFact = byFact;
        this.unindexed = unindexed;
        this.scratch = ThreadLocal.withInitial(() -> new PostScan(atoms.count(), queries.length));
    }

    /** Indexes {@code queries}; matches are reported in the iteration order of the map. */
    public static <K> QueryIndex<K> of(Map<K, CompiledQuery> queries) {
        List<K> keys = new ArrayList<>(queries.size());
        CompiledQuery[] compiled = new CompiledQuery[queries.size()];
        Check[] checks = new Check[queries.size()];
        Atoms atoms = new Atoms();
        Map<String, Check.IntArray> byFact = new HashMap<>();
        Check.IntArray unindexed = new Check.IntArray();
        for (Map.Entry<K, CompiledQuery> entry : queries.entrySet()) {
            int ordinal = keys.size();
            keys.add(entry.getKey());
            compiled[ordinal] = entry.getValue();
            checks[ordinal] = Check.compile(entry.getValue().root(), atoms);
            RequiredKeys.of(entry.getValue().query()).ifPresentOrElse(
                    choice -> choice.keys().forEach(key -> file(ordinal, checks[ordinal], key, atoms, byFact)),
                    () -> unindexed.add(ordinal));
        }
        atoms.freeze();
        Map<String, int[]> frozenFacts = HashMap.newHashMap(byFact.size());
        byFact.forEach((fact, ordinals) -> frozenFacts.put(fact, ordinals.toArray()));
        return new QueryIndex<>(List.copyOf(keys), compiled, checks, atoms, frozenFacts, unindexed.toArray());
    }

    private static void file(int ordinal, Check check, IndexKey key, Atoms atoms, Map<String, Check.IntArray> byFact) {
        Atoms.Atom atom = switch (key.kind()) {
            case WORD -> atoms.word(key.value());
            case PAIR -> atoms.pair(key.value().substring(0, key.value().indexOf(' ')), key.value().substring(key.value().indexOf(' ') + 1));
            case PREFIX -> atoms.stem(key.value());
            case TAG -> atoms.tag(key.value());
            case FACT -> null;
        };
        if (atom == null) {
            byFact.computeIfAbsent(key.value(), k -> new Check.IntArray()).add(ordinal);
        } else {
            atom.file(ordinal, check.isImpliedBy(atom.id()));
        }
    }

    /** How many queries the index holds. */
    public int size() {
        return queries.length;
    }

    /** How many queries are evaluated for every post because no key could be found for them. */
    public int unindexedCount() {
        return unindexed.length;
    }

    /** Every query that matches {@code text}, with its spans, in the order the queries were given; never null. */
    public List<Match<K>> match(MatchableText text) {
        PostScan scan = matching(text);
        try {
            int[] matched = scan.sortedMatches();
            List<Match<K>> matches = new ArrayList<>(scan.matchCount());
            for (int i = 0; i < scan.matchCount(); i++) {
                int ordinal = matched[i];
                matches.add(new Match<>(keys.get(ordinal), MatchSpans.of(checks[ordinal], scan)));
            }
            return matches;
        } finally {
            scan.finish();
        }
    }

    /** Calls {@code action} with the key of every query that matches {@code text}, in order, without working out spans. */
    public void forEachMatch(MatchableText text, Consumer<K> action) {
        PostScan scan = matching(text);
        try {
            int[] matched = scan.sortedMatches();
            for (int i = 0; i < scan.matchCount(); i++) {
                action.accept(keys.get(matched[i]));
            }
        } finally {
            scan.finish();
        }
    }

    /** How many queries a post would have tested: what the index saves is {@code size()} minus this. */
    public int candidateCount(MatchableText text) {
        PostScan scan = scanned(text);
        int count = scan.candidateCount();
        scan.finish();
        return count;
    }

    private PostScan matching(MatchableText text) {
        PostScan scan = scanned(text);
        for (int i = 0; i < scan.candidateCount(); i++) {
            int ordinal = scan.candidate(i);
            if (scan.isSure(ordinal) || checks[ordinal].holds(scan)) {
                scan.addMatch(ordinal);
            }
        }
        return scan;
    }

    /** Looks the post's words, stems, tags and facts up once: marks what it has and collects the candidates. */
    private PostScan scanned(MatchableText text) {
        PostScan scan = scratch.get().start(text);
        for (int i = 0; i < text.wordCount(); i++) {
            String word = text.word(i);
            Atoms.Atom atom = atoms.wordOrNull(word);
            if (atom != null) {
                scan.found(atom);
                scan.place(atom.id(), text.positions(i));
            }
            Atoms.Atom[] stems = atoms.stemsStartingLike(word);
            if (stems != null) {
                for (Atoms.Atom stem : stems) {
                    if (!scan.has(stem.id()) && word.startsWith(stem.text())) {
                        scan.foundStem(stem, i);
                    }
                }
            }
        }
        if (atoms.hasPairs()) {
            findPairs(scan, text.size());
        }
        for (String tag : text.tagKeys()) {
            Atoms.Atom atom = atoms.tagOrNull(tag);
            if (atom != null) {
                scan.found(atom);
            }
        }
        if (!byFact.isEmpty()) {
            for (String fact : factKeys(text.facts())) {
                int[] ordinals = byFact.get(fact);
                if (ordinals != null) {
                    scan.addCandidates(ordinals);
                }
            }
        }
        scan.addCandidates(unindexed);
        return scan;
    }

    private void findPairs(PostScan scan, int tokenCount) {
        for (int position = 0; position + 1 < tokenCount; position++) {
            int first = scan.atomAt(position);
            int second = scan.atomAt(position + 1);
            if (first >= 0 && second >= 0) {
                Atoms.Atom pair = atoms.pairOrNull(first, second);
                if (pair != null && !scan.has(pair.id())) {
                    scan.found(pair);
                }
            }
        }
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
}
