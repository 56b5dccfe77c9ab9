package org.frontline.classify.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import org.frontline.classify.internal.Token.Kind;

/**
 * Turns tokens into hashed features for the linear models: words, word pairs (with the start and end of the
 * post), character 3- and 4-grams inside words (spelling variants such as "fckin" share most of them), and
 * whether a word is in capitals. Hashing needs no vocabulary, so the models stay a fixed, small size.
 */
public final class FeatureHasher {

    private static final int MAX_WORD_FOR_GRAMS = 24;

    private final int mask;

    public FeatureHasher(int bits) {
        this.mask = (1 << bits) - 1;
    }

    public FeatureVector features(List<Token> tokens) {
        var vector = new FeatureVector(tokens.size() * 8);
        emit(tokens, new Hashing(mask, vector));
        return vector;
    }

    /** Readable names of the wanted feature indices, for reasons: "word: refund", "pair: not working". */
    public Map<Integer, String> names(List<Token> tokens, IntPredicate wanted) {
        var names = new HashMap<Integer, String>();
        emit(tokens, new Naming(mask, wanted, names));
        return names;
    }

    private static void emit(List<Token> tokens, Emitter out) {
        var previous = "^";
        for (var token : tokens) {
            var norm = token.norm();
            out.begin('w').add(norm).end();
            if (token.kind() == Kind.HASHTAG) {
                out.begin('w').add(norm.substring(1)).end();
            }
            out.begin('b').add(previous).add(' ').add(norm).end();
            previous = norm;
            if (token.isWord() && norm.length() <= MAX_WORD_FOR_GRAMS) {
                grams(norm, out);
            }
            if (token.shouted()) {
                out.begin('s').add("capitals").end();
            }
        }
        out.begin('b').add(previous).add(' ').add('$').end();
    }

    private static void grams(String word, Emitter out) {
        var padded = "<" + word + ">";
        for (var n = 3; n <= 4; n++) {
            for (var start = 0; start + n <= padded.length(); start++) {
                // A gram that is the whole padded word repeats the word feature.
                if (n == padded.length()) {
                    continue;
                }
                out.begin('c');
                for (var j = start; j < start + n; j++) {
                    out.add(padded.charAt(j));
                }
                out.end();
            }
        }
    }

    private abstract static class Emitter {
        private static final int OFFSET = 0x811c9dc5;
        private static final int PRIME = 0x01000193;
        private final int mask;
        int hash;

        Emitter(int mask) {
            this.mask = mask;
        }

        Emitter begin(char kind) {
            hash = (OFFSET ^ kind) * PRIME;
            return this;
        }

        Emitter add(char c) {
            hash = (hash ^ c) * PRIME;
            return this;
        }

        Emitter add(String s) {
            for (var i = 0; i < s.length(); i++) {
                add(s.charAt(i));
            }
            return this;
        }

        /** FNV-1a then a finaliser, so that the low bits used as the index are well mixed. */
        int index() {
            var h = hash;
            h ^= h >>> 16;
            h *= 0x85ebca6b;
            h ^= h >>> 13;
            return h & mask;
        }

        abstract void end();
    }

    private static final class Hashing extends Emitter {
        private final FeatureVector vector;

        Hashing(int mask, FeatureVector vector) {
            super(mask);
            this.vector = vector;
        }

        @Override
        void end() {
            vector.add(index());
        }
    }

    private static final class Naming extends Emitter {
        private final IntPredicate wanted;
        private final Map<Integer, String> names;
        private final StringBuilder name = new StringBuilder();
        private char kind;

        Naming(int mask, IntPredicate wanted, Map<Integer, String> names) {
            super(mask);
            this.wanted = wanted;
            this.names = names;
        }

        @Override
        Emitter begin(char kind) {
            this.kind = kind;
            name.setLength(0);
            return super.begin(kind);
        }

        @Override
        Emitter add(char c) {
            name.append(c);
            return super.add(c);
        }

        @Override
        void end() {
            var index = index();
            if (wanted.test(index)) {
                var label = switch (kind) {
                    case 'w' -> "\"" + name + "\"";
                    case 'b' -> "\"" + name.toString().replace("^ ", "(start) ").replace(" $", " (end)") + "\"";
                    case 'c' -> "letters \"" + name + "\"";
                    default -> "words in capitals";
                };
                names.merge(index, label, (a, b) -> a.length() <= b.length() ? a : b);
            }
        }
    }
}
