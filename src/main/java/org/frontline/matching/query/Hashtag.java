package org.frontline.matching.query;

/** {@code #refund}: matches the hashtag of that name (folded, without its {@code #}), not the bare word. */
public record Hashtag(String name) implements Query {

    /** @throws IllegalArgumentException if {@code name} is empty or not folded */
    public Hashtag {
        Term.requireFoldedWord(name);
    }

    @Override
    public String canonical() {
        return "#" + name;
    }
}
