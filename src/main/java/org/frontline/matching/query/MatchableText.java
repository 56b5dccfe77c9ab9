package org.frontline.matching.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One post prepared for matching: the tokens of its text and, for each folded word, where it occurs; its hashtags and
 * mentions; its links; and its {@link PostFacts}. Build it once per post and match it against every
 * {@link CompiledQuery}. Immutable and thread-safe.
 */
public final class MatchableText {

    private static final int[] NOWHERE = new int[0];

    private final List<Token> tokens;
    private final Map<String, int[]> positionsByWord;
    private final Map<String, List<TagOccurrence>> tagsByKey;
    private final PostFacts facts;
    private final List<String> links;

    private MatchableText(List<Token> tokens, List<TagOccurrence> tags, PostFacts facts, List<String> links) {
        this.tokens = List.copyOf(tokens);
        this.positionsByWord = indexPositions(this.tokens);
        this.tagsByKey = indexTags(tags);
        this.facts = facts;
        this.links = List.copyOf(links);
    }

    /** Tokenizes {@code original} with the {@link Tokenizer}; nothing is known about the post besides its text. */
    public static MatchableText of(String original) {
        return of(original, PostFacts.NONE);
    }

    /** Tokenizes {@code original}, finds its hashtags, mentions and links, and keeps {@code facts} for fields. */
    public static MatchableText of(String original, PostFacts facts) {
        List<Token> tokens = Tokenizer.tokenize(original);
        return new MatchableText(tokens, TagScanner.scan(original, tokens), facts, Links.of(facts.url(), original));
    }

    /** Wraps tokens made by the {@link Tokenizer}, in text order; without the text there are no hashtags or links. */
    public static MatchableText of(List<Token> tokens) {
        return new MatchableText(tokens, List.of(), PostFacts.NONE, List.of());
    }

    /** The distinct folded words of the text, each once; never null. */
    public Iterable<String> words() {
        return positionsByWord.keySet();
    }

    /** Each distinct folded word of the text with where it occurs, as indexes into {@link #tokens()}, ascending. */
    Iterable<Map.Entry<String, int[]>> wordPositions() {
        return positionsByWord.entrySet();
    }

    /** The keys of the hashtags ({@code #name}) and mentions ({@code @name}) in the text, each once; never null. */
    public Iterable<String> tagKeys() {
        return tagsByKey.keySet();
    }

    /** What is known about the post besides its text. */
    public PostFacts facts() {
        return facts;
    }

    List<TagOccurrence> tagsOf(String key) {
        return tagsByKey.getOrDefault(key, List.of());
    }

    List<String> links() {
        return links;
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

    private static Map<String, List<TagOccurrence>> indexTags(List<TagOccurrence> tags) {
        if (tags.isEmpty()) {
            return Map.of();
        }
        Map<String, List<TagOccurrence>> index = new HashMap<>();
        tags.forEach(tag -> index.computeIfAbsent(tag.key(), key -> new ArrayList<>(1)).add(tag));
        return index;
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
