package org.frontline.classify.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.frontline.classify.internal.Token.Kind;

/**
 * Cuts a post into words, numbers, emoji, emoticons, runs of "!" or "?", URLs, @mentions and #hashtags. One
 * pass over the characters, no regular expressions: this runs for every post.
 */
public final class Tokenizer {

    /** Posts longer than this are classified on their start: the signals are decided long before. */
    public static final int MAX_CHARS = 4000;

    private final Set<String> emoticons;
    private final int longestEmoticon;
    /** The characters an emoticon can start with: at any other character no emoticon is looked up. */
    private final BitSet emoticonStarts = new BitSet(Character.MAX_VALUE + 1);

    public Tokenizer(Set<String> emoticons) {
        this.emoticons = Set.copyOf(emoticons);
        this.longestEmoticon = emoticons.stream().mapToInt(String::length).max().orElse(0);
        emoticons.stream().filter(e -> !e.isEmpty()).forEach(e -> emoticonStarts.set(e.charAt(0)));
    }

    public List<Token> tokenize(String input) {
        var text = input.length() > MAX_CHARS ? input.substring(0, MAX_CHARS) : input;
        var tokens = new ArrayList<Token>(Math.max(8, text.length() / 5));
        var i = 0;
        while (i < text.length()) {
            i = next(text, i, tokens);
        }
        return tokens;
    }

    private int next(String text, int i, List<Token> tokens) {
        var c = text.charAt(i);
        if (Character.isWhitespace(c)) {
            return i + 1;
        }
        var emoticon = emoticonAt(text, i);
        if (emoticon > i) {
            tokens.add(token(Kind.EMOTICON, text.substring(i, emoticon)));
            return emoticon;
        }
        if (startsUrl(text, i)) {
            var end = until(text, i, Character::isWhitespace);
            tokens.add(new Token(Kind.URL, text.substring(i, end), "<url>"));
            return end;
        }
        if ((c == '@' || c == '#') && i + 1 < text.length() && Character.isLetterOrDigit(text.codePointAt(i + 1))) {
            return handle(text, i, tokens, c == '@' ? Kind.MENTION : Kind.HASHTAG);
        }
        if (c == '!' || c == '?' || c == '\u00bf' || c == '\u00a1' || c == '\uff1f' || c == '\uff01') {
            return punctuation(text, i, tokens);
        }
        var cp = text.codePointAt(i);
        if (Character.isLetterOrDigit(cp)) {
            return word(text, i, tokens);
        }
        if (isEmoji(cp)) {
            tokens.add(token(Kind.EMOJI, new String(Character.toChars(cp))));
        }
        return i + Character.charCount(cp);
    }

    private int word(String text, int start, List<Token> tokens) {
        var i = start;
        var digits = true;
        while (i < text.length()) {
            var cp = text.codePointAt(i);
            if (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
                    || Character.getType(cp) == Character.COMBINING_SPACING_MARK) {
                digits &= Character.isDigit(cp);
                i += Character.charCount(cp);
            } else if (isApostrophe(cp) && i + 1 < text.length() && Character.isLetter(text.codePointAt(i + 1))) {
                i += 1;
            } else {
                break;
            }
        }
        var raw = text.substring(start, i);
        tokens.add(digits ? new Token(Kind.NUMBER, raw, "<num>") : token(Kind.WORD, raw));
        return i;
    }

    private static int handle(String text, int start, List<Token> tokens, Kind kind) {
        var i = start + 1;
        while (i < text.length()) {
            var c = text.charAt(i);
            var inside = Character.isLetterOrDigit(c) || c == '_'
                    || (kind == Kind.MENTION && (c == '.' || c == '-') && i + 1 < text.length()
                            && Character.isLetterOrDigit(text.charAt(i + 1)));
            if (!inside) {
                break;
            }
            i++;
        }
        var raw = text.substring(start, i);
        tokens.add(kind == Kind.MENTION ? new Token(kind, raw, "<user>") : token(kind, raw));
        return i;
    }

    private static int punctuation(String text, int start, List<Token> tokens) {
        var questions = 0;
        var i = start;
        while (i < text.length() && "!?\u00bf\u00a1\uff1f\uff01".indexOf(text.charAt(i)) >= 0) {
            var c = text.charAt(i);
            if (c == '?' || c == '\u00bf' || c == '\uff1f') {
                questions++;
            }
            i++;
        }
        var raw = text.substring(start, i);
        tokens.add(new Token(questions > 0 ? Kind.QUESTION : Kind.EXCLAMATION, raw, questions > 0 ? "?" : "!"));
        return i;
    }

    /** An emoticon counts only when it stands alone: "(:" inside "f(:x)" is not a smile. */
    private int emoticonAt(String text, int i) {
        if ((i > 0 && !Character.isWhitespace(text.charAt(i - 1))) || !emoticonStarts.get(text.charAt(i))) {
            return i;
        }
        for (var length = Math.min(longestEmoticon, text.length() - i); length >= 2; length--) {
            var end = i + length;
            if ((end == text.length() || Character.isWhitespace(text.charAt(end)))
                    && emoticons.contains(text.substring(i, end))) {
                return end;
            }
        }
        return i;
    }

    private static boolean startsUrl(String text, int i) {
        return text.startsWith("http://", i) || text.startsWith("https://", i) || text.startsWith("www.", i);
    }

    private static int until(String text, int i, java.util.function.IntPredicate stop) {
        while (i < text.length() && !stop.test(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isApostrophe(int cp) {
        return cp == '\'' || cp == '\u2019';
    }

    static boolean isEmoji(int cp) {
        var type = Character.getType(cp);
        return type == Character.OTHER_SYMBOL && cp != 0xFE0F && cp != 0x200D && !(cp >= 0x1F3FB && cp <= 0x1F3FF);
    }

    private static Token token(Kind kind, String raw) {
        return new Token(kind, raw, normalize(raw));
    }

    static String normalize(String raw) {
        return raw.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }
}
