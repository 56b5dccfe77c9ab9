package org.frontline.classify.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What one language's lexicon and rules say about each word, in one map: scoring looks a token up once instead
 * of once in the lexicon and once in each rule list (negators, boosters, contrast words, phrase starts).
 */
final class SentimentWords {

    /**
     * @param boost the booster's scale when {@code booster}, else 0
     * @param startsPhrase some phrase of the lexicon starts with this word (it may then be read as a phrase)
     */
    record Entry(double valence, boolean booster, double boost, boolean negator, boolean contrast, boolean startsPhrase) {}

    /** A word that neither the lexicon nor the rules know. */
    static final Entry NONE = new Entry(0, false, 0, false, false, false);

    private final Map<String, Entry> entries;
    private final SentimentLexicon lexicon;
    private final SentimentRules rules;
    private final Set<String> phraseStarts;

    SentimentWords(SentimentLexicon lexicon, SentimentRules rules) {
        this.lexicon = lexicon;
        this.rules = rules;
        // Every phrase has a space after its first word (that is how the lexicon tells phrases from words).
        this.phraseStarts = lexicon.phrases().keySet().stream().map(p -> p.substring(0, p.indexOf(' '))).collect(Collectors.toSet());
        var words = new HashMap<String, Entry>();
        lexicon.words().forEach((word, valence) -> words.put(word, entry(word)));
        rules.boosters().keySet().forEach(word -> words.put(word, entry(word)));
        rules.negators().forEach(word -> words.put(word, entry(word)));
        rules.contrasts().forEach(word -> words.put(word, entry(word)));
        phraseStarts.forEach(word -> words.put(word, entry(word)));
        this.entries = Map.copyOf(words);
    }

    /** The entry built from the separate lookups, once per word when the table is made. */
    private Entry entry(String word) {
        var boost = rules.boosters().get(word);
        return new Entry(lexicon.word(word), boost != null, boost == null ? 0 : boost, rules.negators().contains(word),
                rules.contrasts().contains(word), phraseStarts.contains(word));
    }

    /** Never null: {@link #NONE} for an unknown word. {@code norm} is a token's folded form. */
    Entry of(String norm) {
        var entry = entries.get(norm);
        return entry == null ? NONE : entry;
    }

    SentimentLexicon lexicon() {
        return lexicon;
    }

    SentimentRules rules() {
        return rules;
    }
}
