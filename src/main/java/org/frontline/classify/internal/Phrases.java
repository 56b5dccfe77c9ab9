package org.frontline.classify.internal;

import java.util.List;
import java.util.Optional;

/**
 * A named list of phrases looked up as whole words in a post ("cancel" matches "cancel my plan", not
 * "cancelled"; put each form you mean in the list). Phrases are lower case, words separated by one space.
 */
public record Phrases(String name, List<String> phrases) {

    public Phrases {
        phrases = phrases.stream().map(p -> " " + p + " ").toList();
    }

    /** The first phrase of the list the post contains, without its padding. */
    public Optional<String> firstIn(String padded) {
        for (var phrase : phrases) {
            if (padded.contains(phrase)) {
                return Optional.of(phrase.strip());
            }
        }
        return Optional.empty();
    }

    /** The post as lower-case tokens between single spaces, with a space at each end, for phrase lookups. */
    public static String padded(List<Token> tokens) {
        var text = new StringBuilder(tokens.size() * 7).append(' ');
        for (var token : tokens) {
            text.append(token.kind() == Token.Kind.MENTION ? "@user" : token.norm()).append(' ');
        }
        return text.toString();
    }
}
