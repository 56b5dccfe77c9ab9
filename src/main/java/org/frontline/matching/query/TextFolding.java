package org.frontline.matching.query;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds text so that matching ignores case, accents, character width, invisible characters and look-alike letters:
 * {@code "Réfund"}, {@code "REFUND"}, fullwidth {@code "ＲＥＦＵＮＤ"}, {@code "re\u200Bfund"} (zero-width space) and
 * {@code "rеfund"} (Cyrillic {@code е}) all fold to {@code "refund"}.
 *
 * <p>Query words and post text must be folded by this same function, otherwise they stop meeting. Folding is
 * idempotent. Letters without a decomposition stay as they are ({@code "ß"}, {@code "ø"}, {@code "ł"}).
 *
 * <p>Cyrillic and Greek look-alikes become Latin only in a word that also has a Latin letter: such mixed words are
 * almost always disguised, while a word written wholly in Cyrillic or Greek is a real word of those languages and
 * keeps its letters.
 */
public final class TextFolding {

    /** Below this, every character folds on its own: no look-alikes, combining marks or Hangul to compose. */
    private static final int TABLE_LIMIT = 0x250;

    /** The fold of each Latin character below {@link #TABLE_LIMIT}: most post text in European languages. */
    private static final String[] LATIN_TABLE = new String[TABLE_LIMIT];

    static {
        for (char c = 0; c < TABLE_LIMIT; c++) {
            LATIN_TABLE[c] = foldSlowly(String.valueOf(c));
        }
    }

    private TextFolding() {}

    /** Returns the folded form of {@code s}; never null. Meant for one word: the look-alike rule looks at all of it. */
    public static String fold(String s) {
        if (isAscii(s)) {
            return s.toLowerCase(Locale.ROOT);
        }
        if (isBelowTableLimit(s)) {
            StringBuilder folded = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); i++) {
                folded.append(LATIN_TABLE[s.charAt(i)]);
            }
            return folded.toString();
        }
        return foldSlowly(s);
    }

    private static String foldSlowly(String s) {
        // Decomposing first turns "İ" into "I" plus a combining dot, and "ℌ" into "H", before anything is compared.
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFKD);
        StringBuilder folded = new StringBuilder(decomposed.length());
        boolean hasLatin = hasLatinLetter(decomposed);
        for (int i = 0; i < decomposed.length(); ) {
            int codePoint = decomposed.codePointAt(i);
            i += Character.charCount(codePoint);
            if (isStripped(codePoint)) {
                continue;
            }
            folded.appendCodePoint(hasLatin ? Confusables.latinFor(codePoint) : codePoint);
        }
        String lowerCase = folded.toString().toLowerCase(Locale.ROOT);
        if (hasLatin) {
            // A capital missing from the table can lower-case into a small look-alike that is in it.
            lowerCase = Confusables.toLatin(lowerCase);
        }
        // Recomposing what is left turns Hangul back from loose jamo into syllables; the accents are gone already.
        return Normalizer.normalize(lowerCase, Normalizer.Form.NFC);
    }

    /**
     * Whether {@code codePoint} is a Unicode Default_Ignorable_Code_Point: zero-width spaces and joiners, soft hyphen,
     * bidirectional controls, variation selectors, tags. They are invisible, so they must not split or change a word.
     */
    public static boolean isDefaultIgnorable(int codePoint) {
        return codePoint == 0x00AD
                || codePoint == 0x034F
                || codePoint == 0x061C
                || codePoint == 0x115F
                || codePoint == 0x1160
                || codePoint == 0x17B4
                || codePoint == 0x17B5
                || (codePoint >= 0x180B && codePoint <= 0x180F)
                || (codePoint >= 0x200B && codePoint <= 0x200F)
                || (codePoint >= 0x202A && codePoint <= 0x202E)
                || (codePoint >= 0x2060 && codePoint <= 0x206F)
                || codePoint == 0x3164
                || (codePoint >= 0xFE00 && codePoint <= 0xFE0F)
                || codePoint == 0xFEFF
                || codePoint == 0xFFA0
                || (codePoint >= 0xFFF0 && codePoint <= 0xFFF8)
                || (codePoint >= 0x1BCA0 && codePoint <= 0x1BCA3)
                || (codePoint >= 0x1D173 && codePoint <= 0x1D17A)
                || (codePoint >= 0xE0000 && codePoint <= 0xE0FFF);
    }

    /** Skin-tone modifiers: {@code 👍🏽} is the same emoji as {@code 👍}. */
    static boolean isEmojiModifier(int codePoint) {
        return codePoint >= 0x1F3FB && codePoint <= 0x1F3FF;
    }

    private static boolean isStripped(int codePoint) {
        if (isDefaultIgnorable(codePoint) || isEmojiModifier(codePoint)) {
            return true;
        }
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    private static boolean hasLatinLetter(String s) {
        for (int i = 0; i < s.length(); ) {
            int codePoint = s.codePointAt(i);
            if (Character.isLetter(codePoint) && Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.LATIN) {
                return true;
            }
            i += Character.charCount(codePoint);
        }
        return false;
    }

    private static boolean isBelowTableLimit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= TABLE_LIMIT) {
                return false;
            }
        }
        return true;
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
