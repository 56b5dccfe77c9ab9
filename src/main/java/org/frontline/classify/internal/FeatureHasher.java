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

    /**
     * The same names as {@link #names}, for the features at the wanted positions of {@code x} (the vector made
     * from these tokens), building only those: the others are counted, not spelled out or hashed.
     */
    public Map<Integer, String> namesAt(List<Token> tokens, FeatureVector x, boolean[] wantedPositions) {
        var names = new HashMap<Integer, String>();
        emit(tokens, new PositionNaming(x, wantedPositions, names));
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

    /** How a feature is shown to a person: its kind and the characters that were hashed. */
    private static String label(char kind, CharSequence name) {
        return switch (kind) {
            case 'w' -> "\"" + name + "\"";
            case 'b' -> "\"" + name.toString().replace("^ ", "(start) ").replace(" $", " (end)") + "\"";
            case 'c' -> "letters \"" + name + "\"";
            default -> "words in capitals";
        };
    }

    /** Names features by their position in the emitted order, which is the vector's order; hashes nothing. */
    private static final class PositionNaming extends Emitter {
        private final FeatureVector x;
        private final boolean[] wanted;
        private final Map<Integer, String> names;
        private final StringBuilder name = new StringBuilder();
        private char kind;
        private int position = -1;
        private boolean spelling;

        PositionNaming(FeatureVector x, boolean[] wanted, Map<Integer, String> names) {
            super(0);
            this.x = x;
            this.wanted = wanted;
            this.names = names;
        }

        @Override
        Emitter begin(char kind) {
            position++;
            spelling = wanted[position];
            this.kind = kind;
            name.setLength(0);
            return this;
        }

        @Override
        Emitter add(char c) {
            if (spelling) {
                name.append(c);
            }
            return this;
        }

        @Override
        void end() {
            if (spelling) {
                names.merge(x.index(position), label(kind, name), (a, b) -> a.length() <= b.length() ? a : b);
            }
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
                names.merge(index, label(kind, name), (a, b) -> a.length() <= b.length() ? a : b);
            }
        }
    }
}
