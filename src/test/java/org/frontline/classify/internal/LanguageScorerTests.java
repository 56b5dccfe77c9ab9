package org.frontline.classify.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fast scorer must give OpenNLP's answer: the same language, and the same confidence but for the last digits
 * that the dense rows' float weights change, on every text we have.
 */
class LanguageScorerTests {

    private static LanguageDetectorModel model;
    private static LanguageScorer scorer;

    @BeforeAll
    static void load() throws IOException {
        try (var stream = LanguageScorerTests.class.getClassLoader().getResourceAsStream("langdetect-183.bin")) {
            model = new LanguageDetectorModel(stream);
        }
        scorer = LanguageScorer.of(model);
    }

    @Test
    void agreesWithOpenNlpOnEveryEvaluationAndTrainingText() {
        var texts = new ArrayList<String>();
        TrainingData.languagePosts().forEach(p -> texts.add(p.text()));
        DemoStreamLabels.load().forEach(p -> texts.add(p.text()));
        TrainingData.ownPosts().forEach(p -> texts.add(p.text()));
        TrainingData.davidson().stream().limit(3000).forEach(p -> texts.add(p.text()));

        assertAgrees(texts);
        assertThat(texts).hasSizeGreaterThan(3500);
    }

    @Test
    void agreesWithOpenNlpOnEdgeCases() {
        assertAgrees(List.of("", " ", "!!!", "12345 678", "😀😀😀", "http://example.com/x?y=1", "@someone #tag",
                "İSTANBUL'DA HAVA GÜZEL", "ΣΊΣΥΦΟΣ ΟΔΟΣ", "𝐁𝐎𝐋𝐃 𝐓𝐄𝐗𝐓 unicode", "ǅungla Ǆ ǆ", "ﬃ ligature",
                "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "日本語のテキストです", "\u0000\u0001 control",
                "hahaha that was funny", "JAJAJA qué risa", "hihi hehe HAHA", "RT @brand: new phone", "rt: this",
                "art thou", "sooo goood", "NOOOO way", "aAa bBb", "two  spaces\t\ttabs", " padded text ",
                "call 0800 123 456", "mail me at jo.doe@example.org now", "HTTPS://EXAMPLE.COM/A", "xD :-) ;P :o X-D",
                "𝐁𝐁𝐁 triple bold", "🙂🙂 emoji pair", "box of x-rays", "a#b c@d"));
    }

    @Test
    void normalisesLikeOpenNlpWhateverTheCharacter() {
        var reference = new opennlp.tools.util.normalizer.AggregateCharSequenceNormalizer(
                opennlp.tools.util.normalizer.EmojiCharSequenceNormalizer.getInstance(),
                opennlp.tools.util.normalizer.UrlCharSequenceNormalizer.getInstance(),
                opennlp.tools.util.normalizer.TwitterCharSequenceNormalizer.getInstance(),
                opennlp.tools.util.normalizer.NumberCharSequenceNormalizer.getInstance(),
                opennlp.tools.util.normalizer.ShrinkCharSequenceNormalizer.getInstance());
        for (var c = 0; c <= Character.MAX_VALUE; c++) {
            var ch = String.valueOf((char) c);
            for (var text : List.of("a" + ch + "b", ch.repeat(3), "h" + ch + "h", ch + "  " + ch)) {
                assertThat(LanguageScorer.normalize(text).toString()).as("U+%04X", c).isEqualTo(reference.normalize(text).toString());
            }
        }
    }

    /**
     * The scorer's packed storage (lone weights in the table, runs, dense rows) must add the very same doubles in
     * the same order as a plain walk over OpenNLP's n-gram map: the same language, and the confidence but for the
     * rounding of the dense rows' weights to float.
     */
    @Test
    void packedWeightsScoreAsThePlainModelMap() {
        @SuppressWarnings("unchecked")
        var grams = (java.util.Map<String, opennlp.tools.ml.model.Context>)
                ((opennlp.tools.ml.model.AbstractModel) model.getMaxentModel()).getDataStructures()[1];
        var languages = ((opennlp.tools.ml.model.AbstractModel) model.getMaxentModel()).getNumOutcomes();
        var texts = new ArrayList<String>();
        TrainingData.languagePosts().forEach(p -> texts.add(p.text()));
        DemoStreamLabels.load().forEach(p -> texts.add(p.text()));
        TrainingData.davidson().stream().limit(2000).forEach(p -> texts.add(p.text()));
        for (var text : texts) {
            var sample = text.length() > LanguageDetection.MAX_CHARS ? text.substring(0, LanguageDetection.MAX_CHARS) : text;
            var chars = lowerCaseAsTheScorer(LanguageScorer.normalize(sample));
            var sums = new double[languages];
            var seen = new java.util.HashSet<String>();
            for (var n = 1; n <= 3; n++) {
                for (var i = 0; i + n <= chars.length; i++) {
                    var gram = new String(chars, i, n);
                    var context = grams.get(gram);
                    if (context != null && seen.add(gram)) {
                        for (var k = 0; k < context.getOutcomes().length; k++) {
                            sums[context.getOutcomes()[k]] += context.getParameters()[k];
                        }
                    }
                }
            }
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
            var actual = scorer.best(sample);
            assertThat(actual.language()).as(text).isEqualTo(model.getMaxentModel().getOutcome(best));
            assertThat(actual.confidence()).as(text).isCloseTo(1 / total, within(1e-6));
        }
        assertThat(texts).hasSizeGreaterThan(2500);
    }

    /** Lower case by code point, keeping the length in UTF-16 units (NUL-padded), as {@code LanguageScorer} does. */
    private static char[] lowerCaseAsTheScorer(CharSequence text) {
        var length = text.length();
        var chars = new char[length + 1];
        var out = 0;
        for (var i = 0; i < length && out < length; ) {
            var cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            out += Character.toChars(Character.toLowerCase(cp), chars, out);
        }
        java.util.Arrays.fill(chars, Math.min(out, length), length, '\0');
        return java.util.Arrays.copyOf(chars, length);
    }

    private static void assertAgrees(List<String> texts) {
        var reference = new LanguageDetectorME(model);
        Stream.of(texts.toArray(String[]::new)).forEach(text -> {
            var sample = text.length() > LanguageDetection.MAX_CHARS ? text.substring(0, LanguageDetection.MAX_CHARS) : text;
            var expected = reference.predictLanguage(sample);
            var actual = scorer.best(sample);
            var normalizer = new opennlp.tools.util.normalizer.AggregateCharSequenceNormalizer(
                    opennlp.tools.util.normalizer.EmojiCharSequenceNormalizer.getInstance(),
                    opennlp.tools.util.normalizer.UrlCharSequenceNormalizer.getInstance(),
                    opennlp.tools.util.normalizer.TwitterCharSequenceNormalizer.getInstance(),
                    opennlp.tools.util.normalizer.NumberCharSequenceNormalizer.getInstance(),
                    opennlp.tools.util.normalizer.ShrinkCharSequenceNormalizer.getInstance());

            assertThat(LanguageScorer.normalize(sample).toString()).as(text).isEqualTo(normalizer.normalize(sample).toString());

            assertThat(actual.language()).as(text).isEqualTo(expected.getLang());
            assertThat(actual.confidence()).as(text).isCloseTo(expected.getConfidence(), within(1e-6));
        });
    }
}
