package org.frontline.classify.internal;

import opennlp.tools.util.normalizer.ShrinkCharSequenceNormalizer;
import opennlp.tools.util.normalizer.TwitterCharSequenceNormalizer;

/**
 * OpenNLP's shrink and Twitter normalisers written as plain loops: the same output for every text (the tests
 * compare them with OpenNLP's on every character and on random texts), without regular expressions, which cost
 * more than scoring the language itself. A text with surrogates goes to OpenNLP's own normaliser, because Java's
 * regular expressions treat characters beyond the BMP in ways not worth copying here.
 *
 * <p>What OpenNLP's patterns say, for reference: shrink replaces {@code \s{2,}} by a space, then
 * {@code (.)\1{2,}} (ASCII case ignored) by two of the character, then trims; Twitter replaces {@code [#@]\S+},
 * then {@code \b(rt[ :])+} and {@code [:;x]-?[()dop]} (ASCII case ignored) by a space each, then replaces laughter
 * {@code ([hj])+([aieou])+(\1+\2+)+} by {@code $1$2$1$2}.
 */
final class PlainNormalizers {

    private static final ShrinkCharSequenceNormalizer SHRINK = ShrinkCharSequenceNormalizer.getInstance();
    private static final TwitterCharSequenceNormalizer TWITTER = TwitterCharSequenceNormalizer.getInstance();

    private PlainNormalizers() {}

    static CharSequence shrink(CharSequence text) {
        if (hasSurrogate(text)) {
            return SHRINK.normalize(text);
        }
        return collapseRepeats(collapseSpaces(text)).trim();
    }

    static CharSequence twitter(CharSequence text) {
        if (hasSurrogate(text)) {
            return TWITTER.normalize(text);
        }
        return laughter(faces(retweets(tagsAndHandles(text))));
    }

    /** Runs of two or more regex white-space characters become one space. */
    private static CharSequence collapseSpaces(CharSequence s) {
        var out = new StringBuilder(s.length());
        for (var i = 0; i < s.length(); ) {
            var end = i;
            while (end < s.length() && isRegexSpace(s.charAt(end))) {
                end++;
            }
            if (end - i >= 2) {
                out.append(' ');
                i = end;
            } else {
                out.append(s.charAt(i++));
            }
        }
        return out;
    }

    /** A character three or more times in a row (ASCII letters in either case) becomes two of the first one. */
    private static String collapseRepeats(CharSequence s) {
        var out = new StringBuilder(s.length());
        for (var i = 0; i < s.length(); ) {
            var c = s.charAt(i);
            var end = i + 1;
            if (!isLineTerminator(c)) {
                while (end < s.length() && sameAsciiCase(c, s.charAt(end))) {
                    end++;
                }
            }
            if (end - i >= 3) {
                out.append(c).append(c);
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** "#tag" and "@handle", up to the next white space, become a space. */
    private static CharSequence tagsAndHandles(CharSequence s) {
        var out = new StringBuilder(s.length());
        for (var i = 0; i < s.length(); ) {
            var c = s.charAt(i);
            if ((c == '#' || c == '@') && i + 1 < s.length() && !isRegexSpace(s.charAt(i + 1))) {
                out.append(' ');
                i++;
                while (i < s.length() && !isRegexSpace(s.charAt(i))) {
                    i++;
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return out;
    }

    /** "rt " and "rt:" (repeated, any case) become a space where a word starts. */
    private static CharSequence retweets(CharSequence s) {
        var out = new StringBuilder(s.length());
        for (var i = 0; i < s.length(); ) {
            if (isRetweet(s, i) && startsWord(s, i)) {
                out.append(' ');
                while (isRetweet(s, i)) {
                    i += 3;
                }
            } else {
                out.append(s.charAt(i++));
            }
        }
        return out;
    }

    private static boolean isRetweet(CharSequence s, int i) {
        return i + 2 < s.length() && (s.charAt(i) | 0x20) == 'r' && (s.charAt(i + 1) | 0x20) == 't'
                && (s.charAt(i + 2) == ' ' || s.charAt(i + 2) == ':');
    }

    /**
     * Java's {@code \b} before a word character: at the start, or after a character that is not a word character
     * (ASCII letters, digits and '_') unless it is a non-spacing mark that follows a letter or digit.
     */
    private static boolean startsWord(CharSequence s, int i) {
        if (i == 0) {
            return true;
        }
        var before = s.charAt(i - 1);
        if (isAsciiWord(before)) {
            return false;
        }
        if (Character.getType(before) == Character.NON_SPACING_MARK) {
            for (var j = i - 1; j >= 0; j--) {
                var c = s.charAt(j);
                if (Character.isLetterOrDigit(c)) {
                    return false;
                }
                if (Character.getType(c) != Character.NON_SPACING_MARK) {
                    return true;
                }
            }
        }
        return true;
    }

    /** Emoticons ":)", ";-p", "xD" and the like become a space, wherever they stand. */
    private static CharSequence faces(CharSequence s) {
        var out = new StringBuilder(s.length());
        for (var i = 0; i < s.length(); ) {
            var c = s.charAt(i);
            var eyes = c == ':' || c == ';' || c == 'x' || c == 'X';
            if (eyes && i + 1 < s.length() && isMouth(s.charAt(i + 1))) {
                out.append(' ');
                i += 2;
            } else if (eyes && i + 2 < s.length() && s.charAt(i + 1) == '-' && isMouth(s.charAt(i + 2))) {
                out.append(' ');
                i += 3;
            } else {
                out.append(c);
                i++;
            }
        }
        return out;
    }

    /**
     * Laughter such as "hahaha" or "jejeje" becomes its first syllable twice, keeping the case of the last 'h'/'j'
     * and vowel of the first syllable: a run of h/j, a run of vowels, then at least one more run of that h/j
     * followed by a run of that vowel (ASCII case ignored); as many such pairs as follow are taken.
     */
    private static String laughter(CharSequence s) {
        var out = new StringBuilder(s.length());
        for (var i = 0; i < s.length(); ) {
            var end = laughEnd(s, i);
            if (end < 0) {
                out.append(s.charAt(i++));
                continue;
            }
            var consonantsEnd = i;
            while (isLaughConsonant(s.charAt(consonantsEnd))) {
                consonantsEnd++;
            }
            var vowelsEnd = consonantsEnd;
            while (vowelsEnd < s.length() && isVowel(s.charAt(vowelsEnd))) {
                vowelsEnd++;
            }
            var consonant = s.charAt(consonantsEnd - 1);
            var vowel = s.charAt(vowelsEnd - 1);
            out.append(consonant).append(vowel).append(consonant).append(vowel);
            i = end;
        }
        return out.toString();
    }

    /** Where the laughter starting at {@code i} ends, or -1 when none starts there. */
    private static int laughEnd(CharSequence s, int i) {
        var at = i;
        while (at < s.length() && isLaughConsonant(s.charAt(at))) {
            at++;
        }
        if (at == i) {
            return -1;
        }
        var consonant = s.charAt(at - 1);
        var vowelsStart = at;
        while (at < s.length() && isVowel(s.charAt(at))) {
            at++;
        }
        if (at == vowelsStart) {
            return -1;
        }
        var vowel = s.charAt(at - 1);
        var end = -1;
        while (true) {
            var pairStart = at;
            while (at < s.length() && sameAsciiCase(s.charAt(at), consonant)) {
                at++;
            }
            if (at == pairStart) {
                return end;
            }
            var vowelRun = at;
            while (at < s.length() && sameAsciiCase(s.charAt(at), vowel)) {
                at++;
            }
            if (at == vowelRun) {
                return end;
            }
            end = at;
        }
    }

    private static boolean isLaughConsonant(char c) {
        var lower = c | 0x20;
        return c < 128 && (lower == 'h' || lower == 'j');
    }

    private static boolean isVowel(char c) {
        var lower = c | 0x20;
        return c < 128 && (lower == 'a' || lower == 'e' || lower == 'i' || lower == 'o' || lower == 'u');
    }

    private static boolean isMouth(char c) {
        var lower = c | 0x20;
        return c == '(' || c == ')' || (c < 128 && (lower == 'd' || lower == 'o' || lower == 'p'));
    }

    private static boolean sameAsciiCase(char a, char b) {
        return a == b || (isAsciiLetter(a) && isAsciiLetter(b) && (a | 0x20) == (b | 0x20));
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isAsciiWord(char c) {
        return isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '_';
    }

    /** What {@code \s} means in Java without the Unicode flag. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** The characters {@code .} does not match. */
    private static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    private static boolean hasSurrogate(CharSequence s) {
        for (var i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
