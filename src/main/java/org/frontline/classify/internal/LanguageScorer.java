package org.frontline.classify.internal;

import java.util.Arrays;
import java.util.Map;
import java.util.function.IntPredicate;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.util.normalizer.CharSequenceNormalizer;
import opennlp.tools.util.normalizer.EmojiCharSequenceNormalizer;
import opennlp.tools.util.normalizer.NumberCharSequenceNormalizer;
import opennlp.tools.util.normalizer.ShrinkCharSequenceNormalizer;
import opennlp.tools.util.normalizer.TwitterCharSequenceNormalizer;
import opennlp.tools.util.normalizer.UrlCharSequenceNormalizer;

/**
 * Scores a text against OpenNLP's language model with the same arithmetic as {@code LanguageDetectorME}
 * (OpenNLP's normalisers, lower case, distinct character 1- to 3-grams, maximum-entropy sum, softmax), but
 * without its per-call cost: OpenNLP builds a string and a map entry per n-gram, looks each up in a
 * {@code HashMap<String, …>} and sorts all 103 languages to return the first. Here an n-gram of up to three
 * UTF-16 characters is packed into a {@code long}, looked up in an open-addressing table, and its weights are
 * read from flat arrays; only the best language is kept. The model's weights are copied once at start.
 */
final class LanguageScorer {

    /** OpenNLP's language model reads character n-grams of these lengths. */
    private static final int MIN_GRAM = 1;
    private static final int MAX_GRAM = 3;

    private static final CharSequenceNormalizer EMOJI = EmojiCharSequenceNormalizer.getInstance();
    private static final CharSequenceNormalizer URL = UrlCharSequenceNormalizer.getInstance();
    private static final CharSequenceNormalizer TWITTER = TwitterCharSequenceNormalizer.getInstance();
    private static final CharSequenceNormalizer NUMBER = NumberCharSequenceNormalizer.getInstance();
    private static final CharSequenceNormalizer SHRINK = ShrinkCharSequenceNormalizer.getInstance();

    record Best(String language, double confidence) {}

    private final String[] languages;
    /**
     * Open addressing: slot i holds an n-gram's key at {@code table[2i]} and where its weights are at
     * {@code table[2i + 1]} (first position times 256 plus count), so that a lookup touches one cache line.
     */
    private final long[] table;
    private final int tableMask;
    /** Weights of an n-gram: the languages at outcomes[first .. first + count), parameters at the same positions. */
    private final byte[] outcomes;
    private final double[] parameters;
    private final ThreadLocal<Scratch> scratch;

    private LanguageScorer(String[] languages, Map<String, Context> grams) {
        this.languages = languages;
        // A power of two at least 1.5 times the n-grams: short probe runs in a table small enough for the caches.
        var capacity = Integer.highestOneBit(Math.max(16, grams.size() * 3 / 2)) << 1;
        this.table = new long[capacity * 2];
        this.tableMask = capacity - 1;
        var total = grams.values().stream().mapToInt(c -> c.getOutcomes().length).sum();
        this.outcomes = new byte[total];
        this.parameters = new double[total];
        var at = 0;
        for (var entry : grams.entrySet()) {
            var key = key(entry.getKey(), 0, entry.getKey().length());
            var slot = slotOf(key);
            var context = entry.getValue();
            table[2 * slot] = key;
            table[2 * slot + 1] = ((long) at << 8) | context.getOutcomes().length;
            for (var i = 0; i < context.getOutcomes().length; i++) {
                outcomes[at] = (byte) context.getOutcomes()[i];
                parameters[at++] = context.getParameters()[i];
            }
        }
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(languages.length, capacity));
    }

    @SuppressWarnings("unchecked")
    static LanguageScorer of(LanguageDetectorModel model) {
        var maxent = (AbstractModel) model.getMaxentModel();
        if (maxent.getNumOutcomes() > 256) {
            throw new IllegalStateException("A language model with more than 256 languages is not supported");
        }
        var languages = new String[maxent.getNumOutcomes()];
        for (var i = 0; i < languages.length; i++) {
            languages[i] = maxent.getOutcome(i);
        }
        // getDataStructures(): parameters, the n-gram → weights map, outcome names (OpenNLP's stable API).
        var grams = (Map<String, Context>) maxent.getDataStructures()[1];
        grams.keySet().forEach(gram -> {
            if (gram.length() < MIN_GRAM || gram.length() > MAX_GRAM) {
                throw new IllegalStateException("Unexpected n-gram length in the language model: " + gram.length());
            }
        });
        return new LanguageScorer(languages, grams);
    }

    /** The most probable language of {@code text} and its probability, as OpenNLP would give them. */
    Best best(CharSequence text) {
        var work = scratch.get();
        var chars = work.lowerCase(normalize(text));
        var length = work.length;
        var sums = work.sums;
        Arrays.fill(sums, 0);
        var generation = work.nextGeneration();
        for (var n = MIN_GRAM; n <= MAX_GRAM; n++) {
            for (var i = 0; i + n <= length; i++) {
                var slot = slotOf(key(chars, i, n));
                // OpenNLP counts each distinct n-gram once, however often it occurs.
                if (table[2 * slot] != 0 && work.seen[slot] != generation) {
                    work.seen[slot] = generation;
                    var weights = table[2 * slot + 1];
                    var first = (int) (weights >>> 8);
                    var end = first + (int) (weights & 0xff);
                    for (var p = first; p < end; p++) {
                        sums[outcomes[p] & 0xff] += parameters[p];
                    }
                }
            }
        }
        return softmaxBest(sums);
    }

    private Best softmaxBest(double[] sums) {
        var best = 0;
        for (var c = 1; c < sums.length; c++) {
            if (sums[c] > sums[best]) {
                best = c;
            }
        }
        var total = 0.0;
        for (var sum : sums) {
            total += Math.exp(sum - sums[best]);
        }
        return new Best(languages[best], 1 / total);
    }

    /** The slot holding {@code key}, or the empty slot where it would go. */
    private int slotOf(long key) {
        var slot = hash(key) & tableMask;
        while (table[2 * slot] != 0 && table[2 * slot] != key) {
            slot = (slot + 1) & tableMask;
        }
        return slot;
    }

    /**
     * OpenNLP's normalisers in OpenNLP's order, each skipped when a plain scan shows its patterns cannot match:
     * they are regular expressions and cost more than the scoring itself. Every check is a necessary condition
     * for a match, so the result is exactly the normalisers' one.
     */
    static CharSequence normalize(CharSequence text) {
        var s = text;
        // OpenNLP's emoji pattern also takes '-' and everything from U+E000 up (measured over the whole BMP).
        if (any(s, c -> c == '-' || c >= Character.MIN_SURROGATE)) {
            s = EMOJI.normalize(s);
        }
        if (any(s, c -> c == '@') || containsIgnoreCase(s, "http")) {
            s = URL.normalize(s);
        }
        if (mayBeTwitterish(s)) {
            s = TWITTER.normalize(s);
        }
        if (any(s, c -> c >= '0' && c <= '9')) {
            s = NUMBER.normalize(s);
        }
        return mayShrink(s) ? SHRINK.normalize(s) : s.toString().trim();
    }

    /** #tags and @handles, "rt " and "rt:", emoticons such as ":-)" or "xD", laughter such as "haha". */
    private static boolean mayBeTwitterish(CharSequence s) {
        for (var i = 0; i < s.length(); i++) {
            var c = Character.toLowerCase(s.charAt(i));
            var next = i + 1 < s.length() ? Character.toLowerCase(s.charAt(i + 1)) : 0;
            if (c == '#' || c == '@' || (c == 'r' && next == 't')) {
                return true;
            }
            if ((c == ':' || c == ';' || c == 'x') && (isEmoticonMouth(next)
                    || (next == '-' && i + 2 < s.length() && isEmoticonMouth(Character.toLowerCase(s.charAt(i + 2)))))) {
                return true;
            }
            if ((c == 'h' || c == 'j') && isVowel(next)) {
                var j = i + 1;
                while (j < s.length() && isVowel(Character.toLowerCase(s.charAt(j)))) {
                    j++;
                }
                if (j < s.length() && (Character.toLowerCase(s.charAt(j)) == 'h' || Character.toLowerCase(s.charAt(j)) == 'j')) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Three equal characters in a row (ignoring case) or two white-space characters in a row; any surrogate, since
     * three equal characters beyond the BMP are not three equal UTF-16 units in a row.
     */
    private static boolean mayShrink(CharSequence s) {
        for (var i = 0; i < s.length(); i++) {
            var c = s.charAt(i);
            if (isSurrogate(c)) {
                return true;
            }
            if (i == 0) {
                continue;
            }
            var before = s.charAt(i - 1);
            if (Character.isWhitespace(c) && Character.isWhitespace(before)) {
                return true;
            }
            if (i >= 2 && sameIgnoringCase(c, before) && sameIgnoringCase(before, s.charAt(i - 2))) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameIgnoringCase(char a, char b) {
        return a == b || Character.toLowerCase(a) == Character.toLowerCase(b) || Character.toUpperCase(a) == Character.toUpperCase(b);
    }

    private static boolean isSurrogate(int c) {
        return c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE;
    }

    private static boolean isEmoticonMouth(int c) {
        return c == '(' || c == ')' || c == 'd' || c == 'o' || c == 'p';
    }

    private static boolean isVowel(int c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    private static boolean any(CharSequence s, IntPredicate test) {
        for (var i = 0; i < s.length(); i++) {
            if (test.test(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsIgnoreCase(CharSequence s, String word) {
        var text = s.toString();
        for (var i = 0; i + word.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }

    private static int hash(long key) {
        var h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 29));
    }

    /** Up to three UTF-16 characters and the length, in one never-zero long. */
    private static long key(CharSequence chars, int from, int n) {
        var key = (long) n;
        for (var i = from; i < from + n; i++) {
            key = (key << 16) | chars.charAt(i);
        }
        return key;
    }

    private static long key(char[] chars, int from, int n) {
        var key = (long) n;
        for (var i = from; i < from + n; i++) {
            key = (key << 16) | chars[i];
        }
        return key;
    }

    /** Per-thread buffers, so that scoring allocates nothing but the normalised text and the result. */
    private static final class Scratch {
        final double[] sums;
        final int[] seen;
        char[] chars = new char[256];
        int length;
        int generation;

        Scratch(int languages, int slots) {
            this.sums = new double[languages];
            this.seen = new int[slots];
        }

        int nextGeneration() {
            if (++generation == 0) {
                Arrays.fill(seen, 0);
                generation = 1;
            }
            return generation;
        }

        /** Lower case by code point into {@code chars}, keeping the text's length in UTF-16 units as OpenNLP does. */
        char[] lowerCase(CharSequence text) {
            length = text.length();
            if (chars.length < length + 1) {
                chars = new char[length + 1];
            }
            var out = 0;
            for (var i = 0; i < length && out < length; ) {
                var cp = Character.codePointAt(text, i);
                i += Character.charCount(cp);
                out += Character.toChars(Character.toLowerCase(cp), chars, out);
            }
            // OpenNLP's buffer keeps the original length: a shorter lower case leaves NUL characters at the end.
            Arrays.fill(chars, Math.min(out, length), length, '\0');
            return chars;
        }
    }
}
