package org.frontline.matching.query;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One text prepared for matching: its tokens and, for each folded word, where it occurs. Build it once per post and
 * match it against every {@link CompiledQuery}. Immutable and thread-safe.
 */
public final class MatchableText {

    private static final int[] NOWHERE = new int[0];

    private final List<Token> tokens;
    private final Map<String, int[]> positionsByWord;

    private MatchableText(List<Token> tokens) {
        this.tokens = List.copyOf(tokens);
        this.positionsByWord = indexPositions(this.tokens);
    }

    /** Tokenizes {@code original} with the {@link Tokenizer}. */
    public static MatchableText of(String original) {
        return new MatchableText(Tokenizer.tokenize(original));
    }

    /** Wraps tokens made by the {@link Tokenizer}, in text order. */
    public static MatchableText of(List<Token> tokens) {
        return new MatchableText(tokens);
    }

    /** The tokens in text order; never null. */
    public List<Token> tokens() {
        return tokens;
    }

    /** Indexes into {@link #tokens()} of the tokens whose folded form is {@code word}, ascending; never null. */
    int[] positionsOf(String word) {
        return positionsByWord.getOrDefault(word, NOWHERE);
    }

    Token token(int position) {
        return tokens.get(position);
    }

    int size() {
        return tokens.size();
    }

    private static Map<String, int[]> indexPositions(List<Token> tokens) {
        Map<String, Positions> positions = new HashMap<>();
        for (int position = 0; position < tokens.size(); position++) {
            positions
                    .computeIfAbsent(tokens.get(position).folded(), word -> new Positions())
                    .add(position);
        }
        Map<String, int[]> index = HashMap.newHashMap(positions.size());
        positions.forEach((word, found) -> index.put(word, found.toArray()));
        return index;
    }

    /** A growable list of ints, so that indexing a long text does not box every position. */
    private static final class Positions {

        private int[] items = new int[1];
        private int size;

        void add(int position) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            items[size++] = position;
        }

        int[] toArray() {
            return size == items.length ? items : Arrays.copyOf(items, size);
        }
    }
}
