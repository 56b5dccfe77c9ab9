package org.frontline.matching.query;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds text so that matching ignores case, accents and character width: {@code "Réfund"}, {@code "REFUND"} and
 * fullwidth {@code "ＲＥＦＵＮＤ"} all fold to {@code "refund"}.
 *
 * <p>Query words and post text must be folded by this same function, otherwise they stop meeting. Folding is
 * idempotent. Letters without a decomposition stay as they are ({@code "ß"}, {@code "ø"}, {@code "ł"}).
 */
public final class TextFolding {

    private TextFolding() {}

    /** Returns the folded form of {@code s}; never null. */
    public static String fold(String s) {
        if (isAscii(s)) {
            return s.toLowerCase(Locale.ROOT);
        }
        // Lower-casing first turns "İ" into "i" plus a combining dot, which the mark stripping then removes.
        String decomposed = Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD);
        StringBuilder folded = new StringBuilder(decomposed.length());
        decomposed.codePoints().filter(cp -> !isStrippedMark(cp)).forEach(folded::appendCodePoint);
        // Compatibility decomposition can yield capitals again: "ℌ" (black-letter H) becomes "H".
        String lowerCase = folded.toString().toLowerCase(Locale.ROOT);
        // Recomposing what is left turns Hangul back from loose jamo into syllables; the accents are gone already.
        return Normalizer.normalize(lowerCase, Normalizer.Form.NFC);
    }

    private static boolean isStrippedMark(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
