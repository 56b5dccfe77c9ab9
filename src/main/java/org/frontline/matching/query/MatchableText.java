package org.frontline.matching.query;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * One post prepared for matching: the tokens of its text and, for each distinct folded word, where it occurs; its
 * hashtags and mentions; its links; and its {@link PostFacts}. Build it once per post and match it against every
 * {@link CompiledQuery}. Immutable and thread-safe.
 */
public final class MatchableText {

    private static final int[] NOWHERE = new int[0];

    private final Words words;
    private final List<Token> tokens;
    private final Map<String, List<TagOccurrence>> tagsByKey;
    private final PostFacts facts;
    private final List<String> links;

    private MatchableText(Words words, List<TagOccurrence> tags, PostFacts facts, List<String> links) {
        this.words = words;
        this.tokens = new TokenList(words);
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
        words.frozen();
        List<TagOccurrence> tags = original.indexOf('#') < 0 && original.indexOf('@') < 0
                ? List.of() : TagScanner.scan(original, new TokenList(words));
        return new MatchableText(words, tags, facts, Links.of(facts.url(), original));
    }

    /** Wraps tokens made by the {@link Tokenizer}, in text order; without the text there are no hashtags or links. */
    public static MatchableText of(List<Token> tokens) {
        Words words = new Words("");
        tokens.forEach(token -> words.folded(token.folded(), token.start(), token.end()));
        return new MatchableText(words.frozen(), List.of(), PostFacts.NONE, List.of());
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

    /** The tokens in text order, each made when it is read (a post keeps its tokens as numbers); never null. */
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

    /** Where the token at {@code position} starts in the original text. */
    int start(int position) {
        return words.starts[position];
    }

    /** Where the token at {@code position} ends in the original text (exclusive). */
    int end(int position) {
        return words.ends[position];
    }

    /** The distinct word number of the token at {@code position}. */
    int wordAt(int position) {
        return words.wordOfToken[position];
    }

    int size() {
        return words.tokenCount;
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
        private int[] starts = new int[32];
        private int[] ends = new int[32];
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
                    addToken(index, start, end);
                    return;
                }
            }
            newWord(lowerAscii(start, end), hash);
            addToken(count - 1, start, end);
        }

        @Override
        public void folded(String folded, int start, int end) {
            int index = indexOf(folded);
            if (index < 0) {
                newWord(folded, folded.hashCode());
                index = count - 1;
            }
            addToken(index, start, end);
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
            return this;
        }

        List<String> list() {
            return Collections.unmodifiableList(Arrays.asList(words).subList(0, count));
        }

        private void newWord(String word, int hash) {
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
        }

        private void place(int index) {
            int mask = slots.length - 1;
            int slot = spread(hashes[index]) & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = index + 1;
        }

        private void addToken(int index, int start, int end) {
            if (tokenCount == starts.length) {
                starts = Arrays.copyOf(starts, tokenCount * 2);
                ends = Arrays.copyOf(ends, tokenCount * 2);
                wordOfToken = Arrays.copyOf(wordOfToken, tokenCount * 2);
            }
            starts[tokenCount] = start;
            ends[tokenCount] = end;
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

    /**
     * The tokens of a text as a read-only list whose elements are made when read: matching reads offsets and word
     * numbers from the arrays, so a post makes no object per token.
     */
    private static final class TokenList extends AbstractList<Token> implements RandomAccess {

        private final Words words;

        TokenList(Words words) {
            this.words = words;
        }

        @Override
        public Token get(int position) {
            if (position < 0 || position >= words.tokenCount) {
                throw new IndexOutOfBoundsException(position);
            }
            return new Token(words.words[words.wordOfToken[position]], words.starts[position], words.ends[position]);
        }

        @Override
        public int size() {
            return words.tokenCount;
        }
    }
}
