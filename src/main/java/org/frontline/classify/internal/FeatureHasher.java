package org.frontline.classify.internal;

import java.util.List;
import org.frontline.classify.internal.Token.Kind;

/**
 * Turns tokens into hashed features for the linear models: words, word pairs (with the start and end of the
 * post), character 3- and 4-grams inside words (spelling variants such as "fckin" share most of them), and
 * whether a word is in capitals. Hashing needs no vocabulary, so the models stay a fixed, small size.
 *
 * <p>Each feature remembers where it came from (token, kind, letters), so that a reason names the few features
 * it shows without hashing or spelling out the others.
 */
public final class FeatureHasher {

    private static final int MAX_WORD_FOR_GRAMS = 24;
    private static final int OFFSET = 0x811c9dc5;
    private static final int PRIME = 0x01000193;

    // What a feature was made of, stored in its origin beside the token's position.
    private static final int WORD = 0;
    private static final int HASHTAG_WORD = 1;
    private static final int PAIR = 2;
    private static final int GRAM = 3;
    private static final int CAPITALS = 4;

    private static final int CAPITALS_HASH = add(begin('s'), "capitals", 0);

    private final int mask;

    public FeatureHasher(int bits) {
        this.mask = (1 << bits) - 1;
    }

    public FeatureVector features(List<Token> tokens) {
        var x = new FeatureVector(tokens.size() * 8);
        var previous = "^";
        for (var t = 0; t < tokens.size(); t++) {
            var token = tokens.get(t);
            var norm = token.norm();
            x.add(index(add(begin('w'), norm, 0)), origin(t, WORD, 0, 0));
            if (token.kind() == Kind.HASHTAG) {
                x.add(index(add(begin('w'), norm, 1)), origin(t, HASHTAG_WORD, 0, 0));
            }
            x.add(index(add(add(add(begin('b'), previous, 0), ' '), norm, 0)), origin(t, PAIR, 0, 0));
            previous = norm;
            if (token.isWord() && norm.length() <= MAX_WORD_FOR_GRAMS) {
                grams(norm, t, x);
            }
            if (token.shouted()) {
                x.add(index(CAPITALS_HASH), origin(t, CAPITALS, 0, 0));
            }
        }
        x.add(index(add(add(add(begin('b'), previous, 0), ' '), '$')), origin(tokens.size(), PAIR, 0, 0));
        return x;
    }

    /** The 3- and 4-grams of "<word>", read in place rather than from a padded copy of the word. */
    private void grams(String word, int t, FeatureVector x) {
        var length = word.length() + 2;
        for (var n = 3; n <= 4; n++) {
            // A gram that is the whole padded word repeats the word feature.
            if (n == length) {
                continue;
            }
            for (var start = 0; start + n <= length; start++) {
                var hash = begin('c');
                for (var j = start; j < start + n; j++) {
                    hash = add(hash, j == 0 ? '<' : j == length - 1 ? '>' : word.charAt(j - 1));
                }
                x.add(index(hash), origin(t, GRAM, start, n));
            }
        }
    }

    /**
     * How the feature at position {@code i} of {@code x} (made from these tokens) is shown to a person: "\"refund\"",
     * "\"not working\"", "letters \"fun\"", "words in capitals".
     */
    static String name(List<Token> tokens, FeatureVector x, int i) {
        var origin = x.origin(i);
        var t = origin >>> 12;
        return switch ((origin >>> 8) & 0xf) {
            case WORD -> "\"" + tokens.get(t).norm() + "\"";
            case HASHTAG_WORD -> "\"" + tokens.get(t).norm().substring(1) + "\"";
            case PAIR -> pair(tokens, t);
            case GRAM -> gram(tokens.get(t).norm(), (origin >>> 3) & 0x1f, origin & 0x7);
            default -> "words in capitals";
        };
    }

    private static String pair(List<Token> tokens, int t) {
        var name = (t == 0 ? "^" : tokens.get(t - 1).norm()) + " " + (t == tokens.size() ? "$" : tokens.get(t).norm());
        return "\"" + name.replace("^ ", "(start) ").replace(" $", " (end)") + "\"";
    }

    private static String gram(String word, int start, int n) {
        var letters = new StringBuilder(n);
        for (var j = start; j < start + n; j++) {
            letters.append(j == 0 ? '<' : j == word.length() + 1 ? '>' : word.charAt(j - 1));
        }
        return "letters \"" + letters + "\"";
    }

    private static int origin(int token, int what, int start, int n) {
        return token << 12 | what << 8 | start << 3 | n;
    }

    private static int begin(char kind) {
        return (OFFSET ^ kind) * PRIME;
    }

    private static int add(int hash, char c) {
        return (hash ^ c) * PRIME;
    }

    private static int add(int hash, String s, int from) {
        var h = hash;
        for (var i = from; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * PRIME;
        }
        return h;
    }

    /** FNV-1a then a finaliser, so that the low bits used as the index are well mixed. */
    private int index(int hash) {
        var h = hash;
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        return h & mask;
    }
}
