package org.frontline.matching.query;

import java.util.List;

/** Words that must appear as consecutive tokens, in this order. */
public record Phrase(List<String> words) implements Query {

    /** @throws IllegalArgumentException if there are no words, or one is empty or not folded */
    public Phrase {
        words = List.copyOf(words);
        if (words.isEmpty()) {
            throw new IllegalArgumentException("A phrase has at least one word");
        }
        words.forEach(Term::requireFoldedWord);
    }

    @Override
    public String canonical() {
        return '"' + String.join(" ", words) + '"';
    }
}
