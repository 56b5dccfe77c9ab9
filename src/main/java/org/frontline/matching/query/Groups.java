package org.frontline.matching.query;

import java.util.List;
import java.util.stream.Collectors;

/** What {@link And} and {@link Or} share. */
final class Groups {

    private Groups() {}

    static List<Query> requireAtLeastTwo(List<Query> clauses) {
        List<Query> copy = List.copyOf(clauses);
        if (copy.size() < 2) {
            throw new IllegalArgumentException("A group has at least two clauses, got " + copy.size());
        }
        return copy;
    }

    static String join(List<Query> clauses, String operator) {
        return clauses.stream()
                .map(clause ->
                        clause instanceof And || clause instanceof Or ? parenthesized(clause) : clause.canonical())
                .collect(Collectors.joining(operator));
    }

    static String parenthesized(Query query) {
        return "(" + query.canonical() + ")";
    }
}
