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
import opennlp.tools.util.normalizer.UrlCharSequenceNormalizer;

/**
 * Scores a text against OpenNLP's language model with the same arithmetic as {@code LanguageDetectorME}
 * (OpenNLP's normalisers, lower case, distinct character 1- to 3-grams, maximum-entropy sum, softmax), but
 * without its per-call cost: OpenNLP builds a string and a map entry per n-gram, looks each up in a
 * {@code HashMap<String, …>} and sorts all 103 languages to return the first. Here an n-gram of up to three
 * UTF-16 characters is packed into a {@code long}, looked up in an open-addressing table that holds a lone weight
 * in the slot itself, and other weights are read from one run or one dense row; only the best language is kept.
 * The model's weights are copied once at start and added in the same order: lone and sparse weights as the
 * same doubles, dense rows as floats (see {@link #table}).
 */
final class LanguageScorer {

    /** OpenNLP's language model reads character n-grams of these lengths. */
    private static final int MIN_GRAM = 1;
    private static final int MAX_GRAM = 3;

    private static final CharSequenceNormalizer EMOJI = EmojiCharSequenceNormalizer.getInstance();
    private static final CharSequenceNormalizer URL = UrlCharSequenceNormalizer.getInstance();
    private static final CharSequenceNormalizer NUMBER = NumberCharSequenceNormalizer.getInstance();

    record Best(String language, double confidence) {}

    private final String[] languages;
    /**
     * Open addressing, two longs per slot, so that a lookup touches one cache line. The first long is the
     * n-gram's key (bits 0–49) with how its weights are stored (bits 62–63) and, for a single weight, that
     * weight's language (bits 50–57). The second long is, by storage:
     * <ul>
     *   <li>{@link #SINGLE}: the weight itself (44 % of the n-grams have one language): no further read;
     *   <li>{@link #SPARSE}: where its run starts in {@link #runs} (times 256) plus the count; the run holds the
     *       weights as doubles, then their languages packed eight to a long, side by side in memory;
     *   <li>{@link #DENSE}: where its row of one weight per language (0 for languages the model has none for)
     *       starts in {@link #dense}; the common n-grams have weights for most languages, and a dense row is
     *       added in one tight loop. Its weights are {@code float}s: half the memory traffic of the loop that
     *       dominates scoring, at the cost of the confidence's last digits (about 1e-7); the languages chosen
     *       are the same on every text we have (LanguageScorerTests).
     * </ul>
     */
    private final long[] table;
    private final int tableMask;
    private final long[] runs;
    private final float[] dense;
    private final ThreadLocal<Scratch> scratch;

    static final long SINGLE = 1;
    static final long SPARSE = 2;
    static final long DENSE = 3;
    private static final int KIND_SHIFT = 62;
    private static final int OUTCOME_SHIFT = 50;
    private static final long KEY_MASK = (1L << OUTCOME_SHIFT) - 1;
    /** An n-gram with weights for at least this many languages gets a dense row. */
    private static final int DENSE_FROM = 32;

    private LanguageScorer(String[] languages, Map<String, Context> grams) {
        this.languages = languages;
        // A power of two at least 1.5 times the n-grams: short probe runs in a table small enough for the caches.
        var capacity = Integer.highestOneBit(Math.max(16, grams.size() * 3 / 2)) << 1;
        this.table = new long[capacity * 2];
        this.tableMask = capacity - 1;
        var runLength = 0;
        var denseRows = 0;
        for (var context : grams.values()) {
            var count = context.getOutcomes().length;
            if (count >= DENSE_FROM) {
                denseRows++;
            } else if (count > 1) {
                runLength += count + (count + 7) / 8;
            }
        }
        this.runs = new long[runLength];
        this.dense = new float[denseRows * languages.length];
        var run = 0;
        var row = 0;
        for (var entry : grams.entrySet()) {
            var key = key(entry.getKey(), 0, entry.getKey().length());
            var slot = slotOf(key);
            var outcomes = entry.getValue().getOutcomes();
            var parameters = entry.getValue().getParameters();
            var count = outcomes.length;
            if (count == 1) {
                table[2 * slot] = key | (SINGLE << KIND_SHIFT) | ((long) outcomes[0] << OUTCOME_SHIFT);
                table[2 * slot + 1] = Double.doubleToRawLongBits(parameters[0]);
            } else if (count >= DENSE_FROM) {
                table[2 * slot] = key | (DENSE << KIND_SHIFT);
                table[2 * slot + 1] = row;
                for (var i = 0; i < count; i++) {
                    dense[row + outcomes[i]] = (float) parameters[i];
                }
                row += languages.length;
            } else {
                table[2 * slot] = key | (SPARSE << KIND_SHIFT);
                table[2 * slot + 1] = ((long) run << 8) | count;
                for (var i = 0; i < count; i++) {
                    runs[run + i] = Double.doubleToRawLongBits(parameters[i]);
                    runs[run + count + i / 8] |= (long) outcomes[i] << (8 * (i % 8));
                }
                run += count + (count + 7) / 8;
            }
        }
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(languages.length));
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
        work.startPost(MAX_GRAM * length);
        for (var n = MIN_GRAM; n <= MAX_GRAM; n++) {
            for (var i = 0; i + n <= length; i++) {
                var slot = slotOf(key(chars, i, n));
                // OpenNLP counts each distinct n-gram once, however often it occurs.
                if (table[2 * slot] != 0 && work.firstTime(slot)) {
                    add(table[2 * slot], table[2 * slot + 1], sums);
                }
            }
        }
        return softmaxBest(sums);
    }

    /** Adds one n-gram's weights to the languages' sums, in the order OpenNLP adds them for each language. */
    private void add(long head, long weights, double[] sums) {
        var kind = head >>> KIND_SHIFT;
        if (kind == SINGLE) {
            sums[(int) (head >>> OUTCOME_SHIFT) & 0xff] += Double.longBitsToDouble(weights);
        } else if (kind == DENSE) {
            var row = (int) weights;
            for (var c = 0; c < sums.length; c++) {
                sums[c] += dense[row + c];
            }
        } else {
            var first = (int) (weights >>> 8);
            var count = (int) (weights & 0xff);
            for (var i = 0; i < count; i++) {
                var outcome = (int) (runs[first + count + (i >>> 3)] >>> (8 * (i & 7))) & 0xff;
                sums[outcome] += Double.longBitsToDouble(runs[first + i]);
            }
        }
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
        while (table[2 * slot] != 0 && (table[2 * slot] & KEY_MASK) != key) {
            slot = (slot + 1) & tableMask;
        }
        return slot;
    }

    /**
     * OpenNLP's normalisers in OpenNLP's order, each skipped when a plain scan shows its patterns cannot match:
     * they are regular expressions and cost more than the scoring itself. Every check is a necessary condition
     * for a match, so the result is exactly the normalisers' one. The two that fire most often (Twitter and shrink)
     * run as {@link PlainNormalizers}, loops with the same output; shrink runs on every text (on a text it does not
     * change it only trims), Twitter only where its cheap check says it may change something.
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
            s = PlainNormalizers.twitter(s);
        }
        if (any(s, c -> c >= '0' && c <= '9')) {
            s = NUMBER.normalize(s);
        }
        return PlainNormalizers.shrink(s);
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
        char[] chars = new char[256];
        int length;
        /**
         * The model slots already added for this post: a small open-addressing set (a slot is stored plus one, 0 is
         * empty) that stays in the first-level cache, where a mark per model slot would cost a cache miss per n-gram.
         */
        int[] added = new int[1024];
        int addedMask;

        Scratch(int languages) {
            this.sums = new double[languages];
        }

        /** Empties the set of added slots, sized for {@code grams} n-grams at most half full. */
        void startPost(int grams) {
            var size = Integer.highestOneBit(Math.max(16, 2 * grams) - 1) << 1;
            if (added.length < size) {
                added = new int[size];
            } else {
                Arrays.fill(added, 0, size, 0);
            }
            addedMask = size - 1;
        }

        /** Whether {@code slot} is seen for the first time in this post (and from now on, not). */
        boolean firstTime(int slot) {
            var at = (slot * 0x9E3779B1 >>> 12) & addedMask;
            while (added[at] != 0) {
                if (added[at] == slot + 1) {
                    return false;
                }
                at = (at + 1) & addedMask;
            }
            added[at] = slot + 1;
            return true;
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
