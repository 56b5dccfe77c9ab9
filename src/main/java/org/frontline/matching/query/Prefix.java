package org.frontline.matching.query;

/** A suffix wildcard, {@code refund*}: matches every token that starts with the folded {@code stem}. */
public record Prefix(String stem) implements Query {

    /** Fewest characters before the {@code *}: a shorter stem would match a large part of every language. */
    public static final int MIN_STEM_LENGTH = 3;

    /** @throws IllegalArgumentException if {@code stem} is not a folded word of at least {@link #MIN_STEM_LENGTH} */
    public Prefix {
        Term.requireFoldedWord(stem);
        if (stem.codePointCount(0, stem.length()) < MIN_STEM_LENGTH) {
            throw new IllegalArgumentException("A wildcard stem has at least " + MIN_STEM_LENGTH + " characters");
        }
    }

    @Override
    public String canonical() {
        return stem + "*";
    }
}
