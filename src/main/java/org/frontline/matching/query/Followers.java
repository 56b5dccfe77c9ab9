package org.frontline.matching.query;

import org.jspecify.annotations.Nullable;

/**
 * {@code followers:>1000}: the author's follower count compared with {@code count}. A post whose channel does not tell
 * the count never matches, so {@code NOT followers:>1000} includes it.
 */
public record Followers(Comparison comparison, long count) implements Query {

    public enum Comparison {
        GREATER(">"),
        GREATER_OR_EQUAL(">="),
        LESS("<"),
        LESS_OR_EQUAL("<="),
        EQUAL("=");

        private final String symbol;

        Comparison(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        boolean holds(long actual, long bound) {
            return switch (this) {
                case GREATER -> actual > bound;
                case GREATER_OR_EQUAL -> actual >= bound;
                case LESS -> actual < bound;
                case LESS_OR_EQUAL -> actual <= bound;
                case EQUAL -> actual == bound;
            };
        }
    }

    /** @throws IllegalArgumentException if {@code count} is negative */
    public Followers {
        if (count < 0) {
            throw new IllegalArgumentException("A follower count is never negative");
        }
    }

    /** Whether an author with {@code followers} (null when unknown) satisfies this condition. */
    public boolean holdsFor(@Nullable Long followers) {
        return followers != null && comparison.holds(followers, count);
    }

    @Override
    public String canonical() {
        return "followers:" + comparison.symbol() + count;
    }
}
