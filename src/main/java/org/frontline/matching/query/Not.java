package org.frontline.matching.query;

/** Matches when its clause does not. */
public record Not(Query clause) implements Query {

    @Override
    public String canonical() {
        boolean grouped = clause instanceof And || clause instanceof Or || clause instanceof Near || clause instanceof Not;
        return "NOT " + (grouped ? Groups.parenthesized(clause) : clause.canonical());
    }
}
