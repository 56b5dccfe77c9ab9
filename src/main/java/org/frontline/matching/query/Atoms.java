package org.frontline.matching.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every word, wildcard stem and tag that the queries of one {@link QueryIndex} use, each numbered once, with the
 * queries filed under it. A post is looked up here word by word once, and from then on queries test numbers, not
 * strings. Filled while the index is built, read-only afterwards.
 */
final class Atoms {

    /** Wildcard stems are grouped by this many leading characters; {@link Prefix#MIN_STEM_LENGTH} guarantees them. */
    static final int STEM_GROUP_LENGTH = 3;

    /** One numbered word, stem or tag, and the queries filed under it (ordinal times two, plus one when sure). */
    static final class Atom {

        private final int id;
        private final String text;
        private int[] postings = new int[0];
        private int postingCount;

        Atom(int id, String text) {
            this.id = id;
            this.text = text;
        }

        int id() {
            return id;
        }

        String text() {
            return text;
        }

        int[] postings() {
            return postings;
        }

        void file(int ordinal, boolean sure) {
            if (postingCount == postings.length) {
                postings = java.util.Arrays.copyOf(postings, Math.max(2, postingCount * 2));
            }
            postings[postingCount++] = ordinal << 1 | (sure ? 1 : 0);
        }

        void freeze() {
            if (postings.length != postingCount) {
                postings = java.util.Arrays.copyOf(postings, postingCount);
            }
        }
    }

    private final Map<String, Atom> words = new HashMap<>();
    private final Map<String, Atom> tags = new HashMap<>();
    private final Map<String, Atom> stems = new HashMap<>();
    private final Map<Long, Atom> pairs = new HashMap<>();
    private Map<String, Atom[]> stemsByGroup = Map.of();
    private long[] pairKeys = new long[0];
    private Atom[] pairAtoms = new Atom[0];
    private int count;

    Atom word(String word) {
        return words.computeIfAbsent(word, this::next);
    }

    Atom tag(String key) {
        return tags.computeIfAbsent(key, this::next);
    }

    Atom stem(String stem) {
        return stems.computeIfAbsent(stem, this::next);
    }

    /** Two words side by side, first then second. */
    Atom pair(String first, String second) {
        return pairs.computeIfAbsent(pairKey(word(first).id(), word(second).id()), key -> next(first + " " + second));
    }

    boolean hasPairs() {
        return pairAtoms.length > 0;
    }

    /** The pair of the word atoms {@code first} then {@code second}, or null: open addressing, so no boxing. */
    Atom pairOrNull(int first, int second) {
        long key = pairKey(first, second);
        int mask = pairKeys.length - 1;
        for (int slot = spread(key) & mask; pairAtoms[slot] != null; slot = (slot + 1) & mask) {
            if (pairKeys[slot] == key) {
                return pairAtoms[slot];
            }
        }
        return null;
    }

    /** How many atoms there are: ids run from 0 to this. */
    int count() {
        return count;
    }

    Atom wordOrNull(String word) {
        return words.get(word);
    }

    Atom tagOrNull(String key) {
        return tags.get(key);
    }

    /** The stems that share the first {@link #STEM_GROUP_LENGTH} characters of {@code word}, or null. */
    Atom[] stemsStartingLike(String word) {
        if (stemsByGroup.isEmpty() || word.length() < STEM_GROUP_LENGTH) {
            return null;
        }
        return stemsByGroup.get(word.substring(0, STEM_GROUP_LENGTH));
    }

    /** Ends building: trims the postings and groups the stems. */
    void freeze() {
        words.values().forEach(Atom::freeze);
        tags.values().forEach(Atom::freeze);
        stems.values().forEach(Atom::freeze);
        pairs.values().forEach(Atom::freeze);
        freezePairs();
        Map<String, List<Atom>> groups = new HashMap<>();
        stems.forEach((stem, atom) ->
                groups.computeIfAbsent(stem.substring(0, STEM_GROUP_LENGTH), group -> new ArrayList<>()).add(atom));
        Map<String, Atom[]> frozen = HashMap.newHashMap(groups.size());
        groups.forEach((group, atoms) -> frozen.put(group, atoms.toArray(Atom[]::new)));
        stemsByGroup = frozen;
    }

    private void freezePairs() {
        if (pairs.isEmpty()) {
            return;
        }
        int capacity = Integer.highestOneBit(pairs.size() * 2 - 1) << 1;
        pairKeys = new long[capacity];
        pairAtoms = new Atom[capacity];
        pairs.forEach((key, atom) -> {
            int slot = spread(key) & (capacity - 1);
            while (pairAtoms[slot] != null) {
                slot = (slot + 1) & (capacity - 1);
            }
            pairKeys[slot] = key;
            pairAtoms[slot] = atom;
        });
    }

    private static long pairKey(int first, int second) {
        return (long) first << 32 | second;
    }

    private static int spread(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    private Atom next(String text) {
        return new Atom(count++, text);
    }
}
