package org.frontline.matching.query;

import java.util.List;

/** Matches when every clause matches. */
public record And(List<Query> clauses) implements Query {

    /** @throws IllegalArgumentException if there are fewer than two clauses */
    public And {
        clauses = Groups.requireAtLeastTwo(clauses);
    }

    @Override
    public String canonical() {
        return Groups.join(clauses, " AND ");
    }
}
