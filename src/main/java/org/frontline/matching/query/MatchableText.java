package org.frontline.matching.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One post prepared for matching: the tokens of its text and, for each distinct folded word, where it occurs; its
 * hashtags and mentions; its links; and its {@link PostFacts}. Build it once per post and match it against every
 * {@link CompiledQuery}. Immutable and thread-safe.
 */
public final class MatchableText {

    private static final int[] NOWHERE = new int[0];

    private final List<Token> tokens;
    private final Words words;
    private final Map<String, List<TagOccurrence>> tagsByKey;
    private final PostFacts facts;
    private final List<String> links;

    private MatchableText(Token[] tokens, Words words, List<TagOccurrence> tags, PostFacts facts, List<String> links) {
        this.tokens = List.of(tokens);
        this.words = words;
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
        Words words = new Words(original);
        Tokenizer.scan(original, words);
        Token[] tokens = words.tokens();
        List<TagOccurrence> tags = TagScanner.scan(original, Arrays.asList(tokens));
        return new MatchableText(tokens, words.frozen(), tags, facts, Links.of(facts.url(), original));
    }

    /** Wraps tokens made by the {@link Tokenizer}, in text order; without the text there are no hashtags or links. */
    public static MatchableText of(List<Token> tokens) {
        Words words = new Words("");
        tokens.forEach(token -> words.folded(token.folded(), token.start(), token.end()));
        return new MatchableText(words.tokens(), words.frozen(), List.of(), PostFacts.NONE, List.of());
    }

    /** The distinct folded words of the text, each once; never null. */
    public Iterable<String> words() {
        return words.list();
    }

    /** The keys of the hashtags ({@code #name}) and mentions ({@code @name}) in the text, each once; never null. */
    public Iterable<String> tagKeys() {
        return tagsByKey.keySet();
    }

    /** What is known about the post besides its text. */
    public PostFacts facts() {
        return facts;
    }

    /** The tokens in text order; never null. */
    public List<Token> tokens() {
        return tokens;
    }

    /** How many distinct folded words the text has. */
    int wordCount() {
        return words.count;
    }

    /** The distinct folded word number {@code index}, numbered in order of first occurrence. */
    String word(int index) {
        return words.words[index];
    }

    /** Indexes into {@link #tokens()} of the tokens of distinct word number {@code index}, ascending. */
    int[] positions(int index) {
        return words.positions[index];
    }

    /** Indexes into {@link #tokens()} of the tokens whose folded form is {@code word}, ascending; never null. */
    int[] positionsOf(String word) {
        int index = words.indexOf(word);
        return index < 0 ? NOWHERE : words.positions[index];
    }

    List<TagOccurrence> tagsOf(String key) {
        return tagsByKey.getOrDefault(key, List.of());
    }

    List<String> links() {
        return links;
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

    /**
     * The tokens of one text and its distinct words, built as the {@link Tokenizer} hands them over. Words are kept in
     * an open-addressing table hashed like {@link String#hashCode}, so an ASCII token that repeats an earlier word is
     * found from the original's characters and needs no string of its own; each distinct word is one string.
     */
    private static final class Words implements Tokenizer.Sink {

        private final String original;
        private Token[] tokens = new Token[32];
        private int[] wordOfToken = new int[32];
        private int tokenCount;
        private String[] words = new String[16];
        private int[] hashes = new int[16];
        private int[][] positions;
        private int count;
        private int[] slots; // word index + 1, 0 for an empty slot

        Words(String original) {
            this.original = original;
            slots = new int[Math.max(32, Integer.highestOneBit(Math.max(1, original.length() / 4)) << 1)];
        }

        @Override
        public void ascii(int start, int end) {
            int hash = 0;
            for (int i = start; i < end; i++) {
                hash = 31 * hash + lowerAscii(original.charAt(i));
            }
            int mask = slots.length - 1;
            for (int slot = spread(hash) & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
                int index = slots[slot] - 1;
                if (hashes[index] == hash && equalsLowerAscii(words[index], start, end)) {
                    addToken(words[index], index, start, end);
                    return;
                }
            }
            addToken(newWord(lowerAscii(start, end), hash), count - 1, start, end);
        }

        @Override
        public void folded(String folded, int start, int end) {
            int index = indexOf(folded);
            if (index < 0) {
                newWord(folded, folded.hashCode());
                index = count - 1;
            }
            addToken(words[index], index, start, end);
        }

        int indexOf(String word) {
            int hash = word.hashCode();
            int mask = slots.length - 1;
            for (int slot = spread(hash) & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
                int index = slots[slot] - 1;
                if (hashes[index] == hash && words[index].equals(word)) {
                    return index;
                }
            }
            return -1;
        }

        Token[] tokens() {
            return Arrays.copyOf(tokens, tokenCount);
        }

        /** Works out the positions of each word; from then on the words are only read. */
        Words frozen() {
            int[] occurrences = new int[count];
            for (int t = 0; t < tokenCount; t++) {
                occurrences[wordOfToken[t]]++;
            }
            positions = new int[count][];
            for (int w = 0; w < count; w++) {
                positions[w] = new int[occurrences[w]];
                occurrences[w] = 0;
            }
            for (int t = 0; t < tokenCount; t++) {
                int w = wordOfToken[t];
                positions[w][occurrences[w]++] = t;
            }
            tokens = null;
            wordOfToken = null;
            return this;
        }

        List<String> list() {
            return Collections.unmodifiableList(Arrays.asList(words).subList(0, count));
        }

        private String newWord(String word, int hash) {
            if (count == words.length) {
                words = Arrays.copyOf(words, count * 2);
                hashes = Arrays.copyOf(hashes, count * 2);
            }
            words[count] = word;
            hashes[count] = hash;
            count++;
            if (count * 2 > slots.length) {
                slots = new int[slots.length * 2];
                for (int index = 0; index < count; index++) {
                    place(index);
                }
            } else {
                place(count - 1);
            }
            return word;
        }

        private void place(int index) {
            int mask = slots.length - 1;
            int slot = spread(hashes[index]) & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = index + 1;
        }

        private void addToken(String word, int index, int start, int end) {
            if (tokenCount == tokens.length) {
                tokens = Arrays.copyOf(tokens, tokenCount * 2);
                wordOfToken = Arrays.copyOf(wordOfToken, tokenCount * 2);
            }
            tokens[tokenCount] = new Token(word, start, end);
            wordOfToken[tokenCount++] = index;
        }

        private boolean equalsLowerAscii(String word, int start, int end) {
            if (word.length() != end - start) {
                return false;
            }
            for (int i = start; i < end; i++) {
                if (word.charAt(i - start) != lowerAscii(original.charAt(i))) {
                    return false;
                }
            }
            return true;
        }

        private String lowerAscii(int start, int end) {
            for (int i = start; i < end; i++) {
                char c = original.charAt(i);
                if (c >= 'A' && c <= 'Z') {
                    char[] lower = new char[end - start];
                    for (int j = start; j < end; j++) {
                        lower[j - start] = lowerAscii(original.charAt(j));
                    }
                    return new String(lower);
                }
            }
            return original.substring(start, end);
        }

        private static char lowerAscii(char c) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }

        private static int spread(int hash) {
            return hash ^ (hash >>> 16);
        }
    }
}
