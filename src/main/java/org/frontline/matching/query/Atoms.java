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
    private LongTable<Atom[]> stemsByGroup = LongTable.empty();
    private LongTable<Atom> pairsByKey = LongTable.empty();
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
        return !pairsByKey.isEmpty();
    }

    /** The pair of the word atoms {@code first} then {@code second}, or null. */
    Atom pairOrNull(int first, int second) {
        return pairsByKey.get(pairKey(first, second));
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
        return stemsByGroup.get(groupKey(word));
    }

    /** Ends building: trims the postings and groups the stems. */
    void freeze() {
        words.values().forEach(Atom::freeze);
        tags.values().forEach(Atom::freeze);
        stems.values().forEach(Atom::freeze);
        pairs.values().forEach(Atom::freeze);
        pairsByKey = new LongTable<>(pairs);
        Map<Long, List<Atom>> groups = new HashMap<>();
        stems.forEach((stem, atom) -> groups.computeIfAbsent(groupKey(stem), group -> new ArrayList<>()).add(atom));
        Map<Long, Atom[]> grouped = HashMap.newHashMap(groups.size());
        groups.forEach((group, atoms) -> grouped.put(group, atoms.toArray(Atom[]::new)));
        stemsByGroup = new LongTable<>(grouped);
    }

    // The first three characters in one number: looking a post's word up allocates no substring.
    private static long groupKey(String word) {
        return (long) word.charAt(0) << 32 | (long) word.charAt(1) << 16 | word.charAt(2);
    }

    private static long pairKey(int first, int second) {
        return (long) first << 32 | second;
    }

    private Atom next(String text) {
        return new Atom(count++, text);
    }

    /** A read-only map from {@code long} keys by open addressing, so that a look-up boxes nothing. */
    private static final class LongTable<T> {

        private final long[] keys;
        private final Object[] values;

        LongTable(Map<Long, T> entries) {
            int capacity = entries.isEmpty() ? 1 : Integer.highestOneBit(entries.size() * 2 - 1) << 1;
            keys = new long[capacity];
            values = new Object[capacity];
            entries.forEach((key, value) -> {
                int slot = spread(key) & (capacity - 1);
                while (values[slot] != null) {
                    slot = (slot + 1) & (capacity - 1);
                }
                keys[slot] = key;
                values[slot] = value;
            });
        }

        static <T> LongTable<T> empty() {
            return new LongTable<>(Map.of());
        }

        boolean isEmpty() {
            return keys.length == 1 && values[0] == null;
        }

        @SuppressWarnings("unchecked")
        T get(long key) {
            int mask = keys.length - 1;
            for (int slot = spread(key) & mask; values[slot] != null; slot = (slot + 1) & mask) {
                if (keys[slot] == key) {
                    return (T) values[slot];
                }
            }
            return null;
        }

        private static int spread(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h ^ (h >>> 32));
        }
    }
}
