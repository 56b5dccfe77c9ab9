package org.frontline.matching.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into folded {@link Token}s. Query words and post text go through this same tokenizer, so a query word
 * such as {@code acme-hub} or {@code don't} becomes a phrase of its tokens ({@code "acme hub"}, {@code "don t"}).
 *
 * <p>A token is a run of letters and digits (by code point, so letters outside the Basic Multilingual Plane count),
 * together with the combining marks that follow them: a decomposed {@code "e\u0301"} stays inside its word.
 * Invisible characters (zero-width spaces and joiners, soft hyphens, variation selectors) stay inside the word they
 * interrupt, so {@code "re\u200Bfund"} is one token that folds to {@code refund}. Everything else separates tokens.
 * Han ideographs and Hiragana, written without spaces, become one token per character, so a query word in Chinese or
 * Japanese matches as a phrase of characters inside a longer run. Each emoji is a token of its own, with its skin-tone
 * modifier and variation selector; a joined emoji sequence is a phrase of its emoji.
 */
public final class Tokenizer {

    private Tokenizer() {}

    /** Returns the tokens of {@code original} in text order; never null, empty when it has no letter or digit. */
    public static List<Token> tokenize(String original) {
        List<Token> tokens = new ArrayList<>();
        scan(original, new Sink() {
            @Override
            public void ascii(int start, int end) {
                tokens.add(new Token(original.substring(start, end).toLowerCase(Locale.ROOT), start, end));
            }

            @Override
            public void folded(String folded, int start, int end) {
                tokens.add(new Token(folded, start, end));
            }
        });
        return tokens;
    }

    /** Receives the tokens of a text in order, so that a caller can keep them without building a list first. */
    interface Sink {

        /** A token of ASCII letters and digits only: its folded form is the lower case of {@code [start, end)}. */
        void ascii(int start, int end);

        /** Any other token, already folded; never empty. */
        void folded(String folded, int start, int end);
    }

    /** Hands the tokens of {@code original} to {@code sink} in text order. */
    static void scan(String original, Sink sink) {
        int length = original.length();
        int openStart = -1;
        boolean openIsSingleCharacter = false;
        for (int i = 0; i < length; ) {
            char c = original.charAt(i);
            // Fast path: outside a token, ASCII needs no code points, Unicode tables or folding beyond lower case.
            if (openStart < 0 && c < 0x80) {
                if (!isAsciiLetterOrDigit(c)) {
                    i++;
                    continue;
                }
                int end = i + 1;
                while (end < length && isAsciiLetterOrDigit(original.charAt(end))) {
                    end++;
                }
                if (end == length || original.charAt(end) < 0x80) {
                    sink.ascii(i, end); // ASCII punctuation and spaces end a token: no mark or ignorable can follow
                    i = end;
                    continue;
                }
                openStart = i; // a non-ASCII character follows: the general rules decide where this token ends
                openIsSingleCharacter = false;
                i = end;
                continue;
            }
            int codePoint = original.codePointAt(i);
            boolean emoji = isEmoji(codePoint);
            boolean wordCharacter = emoji || Character.isLetterOrDigit(codePoint);
            boolean single = emoji || wordCharacter && isWrittenWithoutSpaces(codePoint);
            boolean extendsOpenToken =
                    openStart >= 0 && (wordCharacter ? !single && !openIsSingleCharacter : continuesToken(codePoint));
            if (!extendsOpenToken) {
                add(sink, original, openStart, i);
                openStart = wordCharacter ? i : -1;
                openIsSingleCharacter = single;
            }
            i += Character.charCount(codePoint);
        }
        add(sink, original, openStart, length);
    }

    private static void add(Sink sink, String original, int start, int end) {
        if (start < 0) {
            return;
        }
        String folded = TextFolding.fold(original.substring(start, end));
        // A few compatibility letters fold to nothing (halfwidth Katakana sound marks); they carry no word.
        if (!folded.isEmpty()) {
            sink.folded(folded, start, end);
        }
    }

    static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static boolean continuesToken(int codePoint) {
        return isCombiningMark(codePoint)
                || TextFolding.isDefaultIgnorable(codePoint)
                || TextFolding.isEmojiModifier(codePoint);
    }

    // Regional indicators (the halves of a flag) count as emoji too, so a flag is a phrase of two tokens.
    static boolean isEmoji(int codePoint) {
        return codePoint >= 0x00A9
                && (Character.isExtendedPictographic(codePoint) || (codePoint >= 0x1F1E6 && codePoint <= 0x1F1FF))
                && !TextFolding.isEmojiModifier(codePoint);
    }

    private static boolean isCombiningMark(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static boolean isWrittenWithoutSpaces(int codePoint) {
        if (codePoint < 0x2E80) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA;
    }
}
