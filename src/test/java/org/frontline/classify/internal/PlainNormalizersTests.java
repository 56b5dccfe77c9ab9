package org.frontline.classify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import opennlp.tools.util.normalizer.ShrinkCharSequenceNormalizer;
import opennlp.tools.util.normalizer.TwitterCharSequenceNormalizer;
import org.junit.jupiter.api.Test;

/** The loops give OpenNLP's regular expressions' output, character for character. */
class PlainNormalizersTests {

    private static final ShrinkCharSequenceNormalizer SHRINK = ShrinkCharSequenceNormalizer.getInstance();
    private static final TwitterCharSequenceNormalizer TWITTER = TwitterCharSequenceNormalizer.getInstance();

    /** Characters the patterns care about, their look-alikes, and others; a few beyond the BMP. */
    private static final String[] PIECES = {"h", "H", "j", "J", "a", "A", "e", "i", "o", "O", "u", "x", "X", "d", "D",
            "p", "P", "r", "R", "t", "T", "s", ":", ";", "-", "(", ")", " ", "  ", "\t", "\n", "\r", "\u000B", "\f",
            "\u0085", "\u2028", "\u00a0", "#", "@", "_", "1", "é", "e\u0301", "\u0301", "ё", "İ", "ı", "ß", "K", "\u212A",
            "😀", "𝐁", "\uD83D", "rt ", "RT:", "rt: ", "haha", "jeje", "hihi", "HAHA", "xD", ":-)", ";p", "aaa", "...",
            "!!!", "???"};

    @Test
    void shrinkAsOpenNlpOnRandomTexts() {
        var random = new Random(11);
        for (var n = 0; n < 200_000; n++) {
            var text = randomText(random);
            assertThat(PlainNormalizers.shrink(text).toString()).as(escaped(text)).isEqualTo(SHRINK.normalize(text).toString());
        }
    }

    @Test
    void twitterAsOpenNlpOnRandomTexts() {
        var random = new Random(13);
        for (var n = 0; n < 200_000; n++) {
            var text = randomText(random);
            assertThat(PlainNormalizers.twitter(text).toString()).as(escaped(text)).isEqualTo(TWITTER.normalize(text).toString());
        }
    }

    @Test
    void asOpenNlpForEveryCharacterBesideTheOnesThePatternsName() {
        for (var c = 0; c <= Character.MAX_VALUE; c++) {
            var ch = String.valueOf((char) c);
            for (var text : new String[] {ch.repeat(3), "a" + ch + ch + ch + "b", ch + "rt x", "#" + ch + " y", "h" + ch + "ha",
                    "ha" + ch + "a", ch + "  " + ch, ":" + ch, "x-" + ch, ch + "\u0301rt: z"}) {
                assertThat(PlainNormalizers.shrink(text).toString()).as("U+%04X in %s", c, escaped(text))
                        .isEqualTo(SHRINK.normalize(text).toString());
                assertThat(PlainNormalizers.twitter(text).toString()).as("U+%04X in %s", c, escaped(text))
                        .isEqualTo(TWITTER.normalize(text).toString());
            }
        }
    }

    @Test
    void laughterKeepsOneSyllableTwiceAndRetweetsGoOnlyWhereAWordStarts() {
        assertThat(PlainNormalizers.twitter("hahaha jajaja HeHe").toString()).isEqualTo("haha jaja HeHe");
        assertThat(PlainNormalizers.twitter("RT @brand: rt:rt new art").toString()).isEqualTo("    new art");
        assertThat(PlainNormalizers.shrink("  sooo   goood!!! ").toString()).isEqualTo("soo good!!");
    }

    private static String randomText(Random random) {
        var text = new StringBuilder();
        for (var p = random.nextInt(14); p > 0; p--) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return text.toString();
    }

    private static String escaped(String text) {
        var out = new StringBuilder();
        text.chars().forEach(c -> out.append(c >= 32 && c < 127 ? String.valueOf((char) c) : String.format("\\u%04X", c)));
        return out.toString();
    }
}
