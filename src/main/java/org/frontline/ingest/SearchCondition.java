package org.frontline.ingest;

import java.util.List;

/**
 * A condition on the search keys stored with each post (see {@link PostSearchKeys}): tests for single keys combined
 * with AND and OR. A scan hands it to the database to select candidate posts, so it must be necessary, never
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

    private static List<SearchCondition> requireSome(List<SearchCondition> conditions) {
        if (conditions.isEmpty()) {
            throw new IllegalArgumentException("A group of search conditions is never empty");
        }
        return List.copyOf(conditions);
    }
}
