package org.frontline.classify.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Valences on VADER's scale (-4 to 4) for words, phrases, emoticons and emoji. Built from the shipped
 * lexicons: VADER's human ratings first, AFINN (rescaled from -5..5) for what VADER lacks, the Emoji
 * Sentiment Ranking for emoji, and Frontline's own customer-service adjustments over all of them.
 */
public final class SentimentLexicon {

    /** Emoji seen fewer times than this in the ranking's tweets have too noisy a score to use. */
    private static final int MIN_EMOJI_OCCURRENCES = 20;
    private static final double AFINN_TO_VADER = 0.8;
    private static final double EMOJI_TO_VADER = 3.0;

    private final Map<String, Double> words;
    private final Map<String, Double> phrases;
    private final Map<String, Double> emoticons;
    private final Map<String, Double> emoji;

    SentimentLexicon(Map<String, Double> words, Map<String, Double> phrases, Map<String, Double> emoticons, Map<String, Double> emoji) {
        this.words = Map.copyOf(words);
        this.phrases = Map.copyOf(phrases);
        this.emoticons = Map.copyOf(emoticons);
        this.emoji = Map.copyOf(emoji);
    }

    /** The English lexicon from the shipped VADER, AFINN and Emoji Sentiment Ranking files. */
    public static SentimentLexicon english() {
        var words = new HashMap<String, Double>();
        var phrases = new HashMap<String, Double>();
        var emoticons = new HashMap<String, Double>();
        for (var line : Resources.lines("lexicons/vader/vader_lexicon.txt")) {
            var cols = line.split("\t");
            put(cols[0], Double.parseDouble(cols[1]), words, phrases, emoticons);
        }
        for (var line : Resources.lines("lexicons/afinn/AFINN-en-165.txt")) {
            var cols = line.split("\t");
            var token = cols[0];
            if (!words.containsKey(token) && !phrases.containsKey(token)) {
                put(token, Double.parseDouble(cols[1]) * AFINN_TO_VADER, words, phrases, emoticons);
            }
        }
        for (var line : Resources.lines("lexicons/afinn/AFINN-emoticon-8.txt")) {
            var cols = line.split("\t");
            emoticons.putIfAbsent(cols[0], Double.parseDouble(cols[1]) * AFINN_TO_VADER);
        }
        for (var line : Resources.lines("lexicons/frontline/en.tsv")) {
            var cols = line.split("\t");
            var valence = Double.parseDouble(cols[1]);
            (cols[0].indexOf(' ') > 0 ? phrases : words).put(cols[0], valence);
        }
        return new SentimentLexicon(words, phrases, emoticons, emojiScores());
    }

    private static void put(String token, double valence, Map<String, Double> words, Map<String, Double> phrases,
            Map<String, Double> emoticons) {
        if (token.indexOf(' ') > 0) {
            phrases.put(token, valence);
        } else if (Character.isLetter(token.codePointAt(0))) {
            words.put(token, valence);
        } else {
            emoticons.put(token, valence);
        }
    }

    private static Map<String, Double> emojiScores() {
        var scores = new HashMap<String, Double>();
        var lines = Resources.lines("lexicons/emoji-sentiment/Emoji_Sentiment_Data_v1.0.csv");
        for (var line : lines.subList(1, lines.size())) {
            var cols = line.split(",");
            var occurrences = Integer.parseInt(cols[2]);
            if (occurrences >= MIN_EMOJI_OCCURRENCES) {
                var emoji = new String(Character.toChars(Integer.decode(cols[1])));
                var score = (Double.parseDouble(cols[6]) - Double.parseDouble(cols[4])) / occurrences;
                scores.put(emoji, score * EMOJI_TO_VADER);
            }
        }
        return scores;
    }

    double word(String norm) {
        return words.getOrDefault(norm, 0.0);
    }

    double phrase(String normalizedPhrase) {
        return phrases.getOrDefault(normalizedPhrase, 0.0);
    }

    Map<String, Double> words() {
        return words;
    }

    Map<String, Double> phrases() {
        return phrases;
    }

    boolean hasPhrases() {
        return !phrases.isEmpty();
    }

    double emoticon(String text) {
        return emoticons.getOrDefault(text, 0.0);
    }

    double emoji(String text) {
        return emoji.getOrDefault(text, 0.0);
    }

    /** Every emoticon the lexicons know, for the tokenizer. */
    public Set<String> emoticons() {
        return emoticons.keySet();
    }
}
