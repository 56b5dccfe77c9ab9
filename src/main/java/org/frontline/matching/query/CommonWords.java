package org.frontline.matching.query;

import java.util.Set;

/**
 * Words so frequent in posts, in the languages Frontline sees most, that indexing a query by them would test it for a
 * large share of all posts. Only used to prefer another word of the same query; they remain searchable.
 */
final class CommonWords {

    private static final Set<String> WORDS = Set.of(
            // English
            "the", "and", "for", "you", "your", "this", "that", "with", "have", "are", "was", "not", "but", "all",
            "just", "from", "they", "what", "when", "can", "will", "been", "about", "there", "would", "their",
            "please", "thanks", "thank", "still", "again", "today",
            // French, German, Spanish, Portuguese, Italian, Dutch
            "les", "des", "une", "est", "pour", "pas", "que", "qui", "dans", "avec", "sur", "der", "die", "das",
            "und", "ist", "nicht", "ich", "mit", "den", "ein", "eine", "los", "las", "por", "para", "con", "una",
            "del", "pero", "mas", "uma", "com", "nao", "het", "een", "van", "niet", "che", "non", "per");

    private CommonWords() {}

    static boolean contains(String word) {
        return WORDS.contains(word);
    }
}
