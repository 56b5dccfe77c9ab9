package org.frontline.matching.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontline.matching.query.Tokenizer.tokenize;

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
}
