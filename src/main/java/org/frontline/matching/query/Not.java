package org.frontline.matching.query;

/** Matches when its clause does not. */
public record Not(Query clause) implements Query {

    @Override
    public String canonical() {
        boolean isWord = clause instanceof Term || clause instanceof Phrase;
        return "NOT " + (isWord ? clause.canonical() : Groups.parenthesized(clause));
    }
}
