package org.frontline.matching.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontline.matching.query.Tokenizer.tokenize;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TokenizerTests {

    @Test
    void splitsOnPunctuationAndRecordsOffsetsInTheOriginal() {
        assertThat(tokenize("#Acme's hub"))
                .containsExactly(new Token("acme", 1, 5), new Token("s", 6, 7), new Token("hub", 8, 11));
    }

    @Test
    void foldsEachTokenButKeepsTheOffsetsOfTheOriginal() {
        assertThat(tokenize("Réfund ＡＣＭＥ!")).containsExactly(new Token("refund", 0, 6), new Token("acme", 7, 11));
    }

    @Test
    void countsOffsetsInUtf16UnitsAfterEmoji() {
        String text = "😡😡 Réfund NOW";

        assertThat(tokenize(text))
                .containsExactly(
                        new Token("😡", 0, 2),
                        new Token("😡", 2, 4),
                        new Token("refund", 5, 11),
                        new Token("now", 12, 15));
        assertThat(text.substring(5, 11)).isEqualTo("Réfund");
    }

    @Test
    void keepsLettersOutsideTheBasicMultilingualPlaneInOneToken() {
        assertThat(tokenize("𝐀𝐜𝐦𝐞 rocks")).containsExactly(new Token("acme", 0, 8), new Token("rocks", 9, 14));
    }

    @Test
    void keepsCombiningMarksInTheWordTheyFollow() {
        assertThat(tokenize("Re\u0301fund now")).containsExactly(new Token("refund", 0, 7), new Token("now", 8, 11));
        assertThat(tokenize("नमस्ते")).singleElement().isEqualTo(new Token(TextFolding.fold("नमस्ते"), 0, 6));
    }

    @Test
    void doesNotStartATokenWithACombiningMark() {
        assertThat(tokenize("\u0301acme")).containsExactly(new Token("acme", 1, 5));
    }

    @Test
    void keepsLettersAndDigitsTogether() {
        assertThat(tokenize("iPhone15 v2.0"))
                .containsExactly(new Token("iphone15", 0, 8), new Token("v2", 9, 11), new Token("0", 12, 13));
    }

    @Test
    void treatsUnderscoresApostrophesAndHyphensAsSeparators() {
        assertThat(tokenize("acme_support don't e-mail"))
                .extracting(Token::folded)
                .containsExactly("acme", "support", "don", "t", "e", "mail");
    }

    @Test
    void splitsHanAndHiraganaIntoSingleCharacters() {
        assertThat(tokenize("我要退款ACME"))
                .containsExactly(
                        new Token("我", 0, 1),
                        new Token("要", 1, 2),
                        new Token("退", 2, 3),
                        new Token("款", 3, 4),
                        new Token("acme", 4, 8));
        assertThat(tokenize("返金して")).extracting(Token::folded).containsExactly("返", "金", "し", "て");
    }

    @Test
    void keepsKatakanaAndHangulWordsWhole() {
        assertThat(tokenize("アクメ 환불")).containsExactly(new Token("アクメ", 0, 3), new Token("환불", 4, 6));
    }

    @Test
    void returnsNoTokensForTextWithoutLettersDigitsOrEmoji() {
        assertThat(tokenize("")).isEmpty();
        assertThat(tokenize("  !!! … \u200B ")).isEmpty();
    }

    @Test
    void makesEachEmojiATokenWithItsSkinToneAndVariationSelector() {
        assertThat(tokenize("ok 👍🏽 ❤️!")).containsExactly(new Token("ok", 0, 2), new Token("👍", 3, 7), new Token("❤", 8, 10));
    }

    @Test
    void keepsInvisibleCharactersInsideTheWordTheyInterrupt() {
        assertThat(tokenize("re\u200Bfund re\u00ADfund")).containsExactly(new Token("refund", 0, 7), new Token("refund", 8, 15));
    }

    @Test
    void treatsAnUnpairedSurrogateAsASeparator() {
        assertThat(tokenize("a\uD800b")).containsExactly(new Token("a", 0, 1), new Token("b", 2, 3));
    }

    @Test
    void dropsLettersThatFoldToNothing() {
        // U+FF9E, the halfwidth voiced sound mark, is a letter whose folding is a combining mark only.
        assertThat(tokenize("ｶ \uFF9E x")).extracting(Token::folded).containsExactly("カ", "x");
    }

    @Test
    void readsAsciiWordsThatRunIntoOtherCharactersByTheGeneralRules() {
        assertThat(tokenize("Cafe\u0301 Re\u200Bfund ACME😡 abcé x\u00ADy"))
                .containsExactly(
                        new Token("cafe", 0, 5),
                        new Token("refund", 6, 13),
                        new Token("acme", 14, 18),
                        new Token("😡", 18, 20),
                        new Token("abce", 21, 25),
                        new Token("xy", 26, 29));
    }

    @Test
    void tokenizesRandomTextExactlyAsTheCharacterByCharacterRules() {
        // The fast path for ASCII must not change a single token or offset.
        List<String> pieces = List.of("Acme", "refund", "REFUND", "r\u00E9fund", "e\u0301", "\u200B", "\u00AD", "\u0435",
                "ＡＣＭＥ", "😡", "👍🏽", "\uFE0F", "退款", "し", " ", ", ", "-", "'", "#", "@", "_", "2024", "ß", "\u0301", "İ",
                "\uD800", "\uFF9E", "ｶ", "𝐀", "e");
        Random random = new Random(20261205L);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int piece = random.nextInt(12); piece >= 0; piece--) {
                text.append(pieces.get(random.nextInt(pieces.size())));
            }
            assertThat(tokenize(text.toString())).as("%s", text).isEqualTo(characterByCharacter(text.toString()));
        }
    }

    /** The tokenizer's rules applied to every character, with no fast path: the reference the tokenizer must equal. */
    private static List<Token> characterByCharacter(String original) {
        List<Token> tokens = new ArrayList<>();
        int openStart = -1;
        boolean openIsSingle = false;
        for (int i = 0; i <= original.length(); ) {
            int codePoint = i < original.length() ? original.codePointAt(i) : ' ';
            boolean emoji = Tokenizer.isEmoji(codePoint);
            boolean wordCharacter = emoji || Character.isLetterOrDigit(codePoint);
            boolean single = emoji || wordCharacter && codePoint >= 0x2E80
                    && (Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN
                            || Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HIRAGANA);
            int type = Character.getType(codePoint);
            boolean continues = type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK || TextFolding.isDefaultIgnorable(codePoint)
                    || TextFolding.isEmojiModifier(codePoint);
            boolean extendsOpen = i < original.length() && openStart >= 0
                    && (wordCharacter ? !single && !openIsSingle : continues);
            if (!extendsOpen) {
                if (openStart >= 0 && !TextFolding.fold(original.substring(openStart, i)).isEmpty()) {
                    tokens.add(new Token(TextFolding.fold(original.substring(openStart, i)), openStart, i));
                }
                openStart = wordCharacter ? i : -1;
                openIsSingle = single;
            }
            i += i < original.length() ? Character.charCount(codePoint) : 1;
        }
        return tokens;
    }
}
