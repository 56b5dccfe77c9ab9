package org.frontline.matching.filters;

import java.util.ArrayList;
import java.util.List;

/**
 * A boolean condition a network understands, before it is written in the network's syntax. {@link #ANYTHING} and
 * {@link #NOTHING} are what a part of a query becomes when it cannot narrow the network's posts (anything) or can never
 * hold on that network (nothing); {@link #all} and {@link #any} fold them away.
 */
sealed interface Filter {

    Filter ANYTHING = new Constant(true);
    Filter NOTHING = new Constant(false);

    record Constant(boolean value) implements Filter {}

    /**
     * One operator of the network, already written in its syntax. {@code anchor}: the network accepts it on its own
     * (X calls these standalone operators; a language or a negation alone is refused).
     */
    record Operator(String text, boolean anchor) implements Filter {}

    /** An operator that must not hold. */
    record Excluded(Operator operator) implements Filter {}

    record All(List<Filter> clauses) implements Filter {}

    record Any(List<Filter> clauses) implements Filter {}

    static Filter all(List<Filter> clauses) {
        List<Filter> kept = new ArrayList<>();
        for (Filter clause : clauses) {
            if (clause.equals(NOTHING)) {
                return NOTHING;
            }
            if (clause instanceof All all) {
                kept.addAll(all.clauses());
            } else if (!clause.equals(ANYTHING) && !kept.contains(clause)) {
                kept.add(clause);
            }
        }
        return kept.isEmpty() ? ANYTHING : kept.size() == 1 ? kept.getFirst() : new All(List.copyOf(kept));
    }

    static Filter any(List<Filter> clauses) {
        List<Filter> kept = new ArrayList<>();
        for (Filter clause : clauses) {
            if (clause.equals(ANYTHING)) {
                return ANYTHING;
            }
            if (clause instanceof Any any) {
                kept.addAll(any.clauses());
            } else if (!clause.equals(NOTHING) && !kept.contains(clause)) {
                kept.add(clause);
            }
        }
        return kept.isEmpty() ? NOTHING : kept.size() == 1 ? kept.getFirst() : new Any(List.copyOf(kept));
    }

    /** Whether the network accepts this as a whole rule: every way it can hold goes through an anchor. */
    static boolean anchored(Filter filter) {
        return switch (filter) {
            case Operator operator -> operator.anchor();
            case All all -> all.clauses().stream().anyMatch(Filter::anchored);
            case Any any -> any.clauses().stream().allMatch(Filter::anchored);
            case Excluded excluded -> false;
            case Constant constant -> false;
        };
    }
}
