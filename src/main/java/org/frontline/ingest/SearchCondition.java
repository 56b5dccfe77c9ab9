package org.frontline.ingest;

import java.util.List;

/**
 * A condition on the search keys stored with each post (see {@link PostSearchKeys}): tests for single keys and for keys
 * in sequence, combined with AND and OR. A scan hands it to the database to select candidate posts, so it must be necessary, never
 * sufficient: every post the caller is looking for satisfies it, and others may too. A post stored without keys
 * satisfies every condition.
 */
public sealed interface SearchCondition {

    /** How many single-key tests the condition makes. */
    int size();

    /** A stored key equal to {@code value}, or, when {@code prefix}, a stored key that starts with it. */
    record Key(String value, boolean prefix) implements SearchCondition {

        /** @throws IllegalArgumentException if {@code value} is empty */
        public Key {
            if (value.isEmpty()) {
                throw new IllegalArgumentException("A search key is never empty");
            }
        }

        @Override
        public int size() {
            return 1;
        }
    }

    /** The keys one right after the other, as the words of a phrase stand in the text (at least two keys). */
    record Sequence(List<String> keys) implements SearchCondition {

        /** @throws IllegalArgumentException if there are fewer than two keys, or one is empty */
        public Sequence {
            keys = List.copyOf(keys);
            if (keys.size() < 2 || keys.stream().anyMatch(String::isEmpty)) {
                throw new IllegalArgumentException("A sequence has at least two keys, none empty");
            }
        }

        @Override
        public int size() {
            return keys.size();
        }
    }

    /** Every one of the conditions. */
    record AllOf(List<SearchCondition> conditions) implements SearchCondition {

        public AllOf {
            conditions = requireSome(conditions);
        }

        @Override
        public int size() {
            return conditions.stream().mapToInt(SearchCondition::size).sum();
        }
    }

    /** At least one of the conditions. */
    record AnyOf(List<SearchCondition> conditions) implements SearchCondition {

        public AnyOf {
            conditions = requireSome(conditions);
        }

        @Override
        public int size() {
            return conditions.stream().mapToInt(SearchCondition::size).sum();
        }
    }

    /** The condition does not hold; only meaningful in an exact condition. */
    record Not(SearchCondition condition) implements SearchCondition {

        @Override
        public int size() {
            return condition.size();
        }
    }

    private static List<SearchCondition> requireSome(List<SearchCondition> conditions) {
        if (conditions.isEmpty()) {
            throw new IllegalArgumentException("A group of search conditions is never empty");
        }
        return List.copyOf(conditions);
    }
}
