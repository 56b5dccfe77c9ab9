package org.frontline.matching.query;

/** A single word; matches a token whose folded form equals {@code text}. */
public record Term(String text) implements Query {

    /** @throws IllegalArgumentException if {@code text} is empty or not folded */
    public Term {
        requireFoldedWord(text);
    }

    @Override
    public String canonical() {
        return text;
    }

    static void requireFoldedWord(String word) {
        if (word.isEmpty() || !TextFolding.fold(word).equals(word)) {
            throw new IllegalArgumentException("Not a folded word: \"" + word + "\"");
        }
    }
}
