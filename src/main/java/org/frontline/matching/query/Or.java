package org.frontline.matching.query;

import java.util.List;

/** Matches when at least one clause matches. */
public record Or(List<Query> clauses) implements Query {

    /** @throws IllegalArgumentException if there are fewer than two clauses */
    public Or {
        clauses = Groups.requireAtLeastTwo(clauses);
    }

    @Override
    public String canonical() {
        return Groups.join(clauses, " OR ");
    }
}
