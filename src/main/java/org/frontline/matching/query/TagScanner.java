package org.frontline.matching.query;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the hashtags ({@code #refund}) and mentions ({@code @acme}, {@code @acme@mastodon.social},
 * {@code @acme.bsky.social}) of a text. A sigil counts only at the start of a word, so an e-mail address is no mention.
 */
final class TagScanner {

    /** A post rarely has more; the cap bounds the work an adversarial text can cause. */
    static final int MAX_TAGS = 256;

    private TagScanner() {}

    static List<TagOccurrence> scan(String original, List<Token> tokens) {
        List<TagOccurrence> tags = new ArrayList<>();
        int from = 0;
        while (tags.size() < MAX_TAGS) {
            int sigil = nextSigil(original, from);
            if (sigil < 0) {
                break;
            }
            from = scanOne(original, tokens, sigil, tags);
        }
        return tags;
    }

    private static int nextSigil(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '#' || c == '@') && (i == 0 || !isNameCharacter(text.codePointBefore(i)))) {
                return i;
            }
        }
        return -1;
    }

    private static int scanOne(String text, List<Token> tokens, int sigil, List<TagOccurrence> tags) {
        boolean mention = text.charAt(sigil) == '@';
        int end = sigil + 1;
        while (end < text.length()) {
            int codePoint = text.codePointAt(end);
            if (!isNameCharacter(codePoint) && !(mention && isAddressCharacter(codePoint))) {
                break;
            }
            end += Character.charCount(codePoint);
        }
        while (end > sigil + 1 && isAddressCharacter(text.charAt(end - 1))) {
            end--; // "@acme." at the end of a sentence mentions acme
        }
        if (end > sigil + 1) {
            add(text, tokens, sigil, end, tags);
        }
        return Math.max(end, sigil + 1);
    }

    private static void add(String text, List<Token> tokens, int sigil, int end, List<TagOccurrence> tags) {
        int first = firstTokenAtOrAfter(tokens, sigil + 1);
        int last = first;
        while (last + 1 < tokens.size() && tokens.get(last + 1).end() <= end) {
            last++;
        }
        if (first >= tokens.size() || tokens.get(first).end() > end) {
            return; // "#_" names no word
        }
        char kind = text.charAt(sigil);
        String name = TextFolding.fold(text.substring(sigil + 1, end));
        tags.add(new TagOccurrence(kind + name, sigil, end, first, last));
        int server = name.indexOf('@');
        if (kind == '@' && server > 0) {
            tags.add(new TagOccurrence("@" + name.substring(0, server), sigil, end, first, last));
        }
    }

    private static int firstTokenAtOrAfter(List<Token> tokens, int offset) {
        int low = 0;
        int high = tokens.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (tokens.get(middle).start() < offset) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    static boolean isNameCharacter(int codePoint) {
        if (codePoint == '_' || Character.isLetterOrDigit(codePoint) || TextFolding.isDefaultIgnorable(codePoint)) {
            return true;
        }
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    // Inside a mention: user@server, handle.bsky.social, some-server.example
    private static boolean isAddressCharacter(int codePoint) {
        return codePoint == '.' || codePoint == '-' || codePoint == '@';
    }
}
