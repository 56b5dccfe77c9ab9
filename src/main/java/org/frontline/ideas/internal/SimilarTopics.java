package org.frontline.ideas.internal;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds topics whose titles say much the same as a title being typed, to offer them before a duplicate is
 * posted. Titles become sets of folded word stems (accents and case dropped, common words ignored); two
 * titles are similar by the share of the new title's words the other one has, with a bonus for matching
 * character trigrams so that "dark mode" finds "darkmode". Pure.
 */
public final class SimilarTopics {

    public record Suggestion(Topic topic, double similarity) {}

    static final double THRESHOLD = 0.34;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Set<String> STOP = Set.of(
            "a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "with", "is", "it", "be", "please", "add",
            "can", "could", "would", "should", "we", "you", "i", "my", "your", "me", "option", "support", "allow",
            "feature", "request", "make", "have", "get", "when", "not", "no", "do", "does", "de", "la", "le", "et");

    private SimilarTopics() {}

    public static List<Suggestion> find(String title, List<Topic> candidates, int limit) {
        var words = words(title);
        if (words.isEmpty()) {
            return List.of();
        }
        var grams = trigrams(String.join("", words));
        return candidates.stream()
                .map(t -> new Suggestion(t, similarity(words, grams, t.title())))
                .filter(s -> s.similarity() >= THRESHOLD)
                .sorted(Comparator.comparingDouble(Suggestion::similarity).reversed()
                        .thenComparing(s -> -s.topic().voteCount()))
                .limit(limit)
                .toList();
    }

    static double similarity(Set<String> words, Set<String> grams, String otherTitle) {
        var other = words(otherTitle);
        if (other.isEmpty()) {
            return 0;
        }
        var shared = words.stream().filter(other::contains).count();
        var wordScore = (double) shared / Math.max(words.size(), Math.min(other.size(), words.size() + 2));
        var otherGrams = trigrams(String.join("", other));
        var common = grams.stream().filter(otherGrams::contains).count();
        var gramScore = grams.isEmpty() ? 0 : (double) common / Math.max(grams.size(), otherGrams.size());
        return Math.max(wordScore, 0.9 * gramScore);
    }

    static Set<String> words(String text) {
        var folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("").toLowerCase(Locale.ROOT);
        var result = new HashSet<String>();
        for (var word : NON_WORD.split(folded)) {
            if (word.length() > 1 && !STOP.contains(word)) {
                result.add(stem(word));
            }
        }
        return result;
    }

    /** A light English stem: plurals and -ing/-ed endings, enough for titles. */
    private static String stem(String word) {
        if (word.length() > 5 && word.endsWith("ing")) {
            return word.substring(0, word.length() - 3);
        }
        if (word.length() > 4 && word.endsWith("ed")) {
            return word.substring(0, word.length() - 2);
        }
        if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    private static Set<String> trigrams(String text) {
        var result = new HashSet<String>();
        for (int i = 0; i + 3 <= text.length(); i++) {
            result.add(text.substring(i, i + 3));
        }
        return result;
    }
}
