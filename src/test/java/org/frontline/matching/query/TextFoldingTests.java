package org.frontline.matching.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontline.matching.query.TextFolding.fold;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class TextFoldingTests {

    @Test
    void lowerCasesAscii() {
        assertThat(fold("ACME Refund 2024")).isEqualTo("acme refund 2024");
    }

    @Test
    void lowerCasesIndependentlyOfTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr"));
            // Under Turkish rules "I" would lower-case to dotless "ı" and never meet "invoice".
            assertThat(fold("INVOICE")).isEqualTo("invoice");
            assertThat(fold("İNVOİCE")).isEqualTo("invoice");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void stripsAccents() {
        assertThat(fold("Réfund")).isEqualTo("refund");
        assertThat(fold("Rückerstattung")).isEqualTo("ruckerstattung");
        assertThat(fold("crème brûlée")).isEqualTo("creme brulee");
        assertThat(fold("Ελλάδα")).isEqualTo("ελλαδα");
        assertThat(fold("Ёлка")).isEqualTo("елка");
    }

    @Test
    void foldsDecomposedAccentsLikePrecomposedOnes() {
        assertThat(fold("Re\u0301fund")).isEqualTo(fold("R\u00E9fund")).isEqualTo("refund");
    }

    @Test
    void foldsFullwidthLettersAndDigitsToAscii() {
        assertThat(fold("ＡＣＭＥ　Ｒｅｆｕｎｄ　１２３")).isEqualTo("acme refund 123");
    }

    @Test
    void foldsCompatibilityLettersToTheirPlainForm() {
        assertThat(fold("ﬁx")).isEqualTo("fix");
        assertThat(fold("𝐀𝐜𝐦𝐞")).isEqualTo("acme");
        assertThat(fold("ℌelp")).isEqualTo("help");
        assertThat(fold("ｱｸﾒ")).isEqualTo("アクメ");
    }

    @Test
    void keepsHangulSyllablesComposed() {
        assertThat(fold("환불")).isEqualTo("환불");
    }

    @Test
    void foldsDottedCapitalIToPlainI() {
        assertThat(fold("İstanbul")).isEqualTo("istanbul");
    }

    @Test
    void keepsLettersThatHaveNoDecomposition() {
        assertThat(fold("Straße")).isEqualTo("straße");
        assertThat(fold("Ørsted")).isEqualTo("ørsted");
        assertThat(fold("Łódź")).isEqualTo("łodz");
    }

    @Test
    void leavesTextWithoutLettersAsItIs() {
        assertThat(fold("")).isEmpty();
        assertThat(fold("👍 100% !!")).isEqualTo("👍 100% !!");
    }

    @Test
    void isIdempotentForEveryCodePoint() {
        for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
            if (!Character.isDefined(codePoint) || Character.getType(codePoint) == Character.SURROGATE) {
                continue;
            }
            String once = fold(Character.toString(codePoint));
            if (!fold(once).equals(once)) {
                assertThat(fold(once)).as("fold(fold(U+%04X))", codePoint).isEqualTo(once);
            }
        }
    }
}
