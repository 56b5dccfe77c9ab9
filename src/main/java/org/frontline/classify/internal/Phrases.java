package org.frontline.classify.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;

/**
 * A named list of phrases looked up as whole words in a post ("cancel" matches "cancel my plan", not
 * "cancelled"; put each form you mean in the list). Phrases are lower case, words separated by one space.
 *
 * <p>The answers are those of {@code padded.contains(" " + phrase + " ")} for each phrase in turn, without reading the
 * post once per phrase: the phrases are indexed by the hash of their first word, each word of the post (hashed once,
 * in {@link PaddedText}) probes the index, and only the phrases starting with it are compared there. The rules look
 * up some 250 phrases in every post.
 */
public final class Phrases {

    private final String name;
    /** The phrases as given, and padded with a space on each side (the form compared with the post). */
    private final List<String> phrases;
    private final String[] padded;
    /** Open addressing by first-word hash: the hash (never 0 in a used slot) and the phrases starting so, in list order. */
    private final int[] slotHashes;
    private final int[][] slotPhrases;

    public Phrases(String name, List<String> phrases) {
        this.name = name;
        this.phrases = List.copyOf(phrases);
        this.padded = phrases.stream().map(p -> " " + p + " ").toArray(String[]::new);
        var capacity = Integer.highestOneBit(Math.max(8, padded.length * 2)) << 1;
        this.slotHashes = new int[capacity];
        this.slotPhrases = new int[capacity][];
        for (var p = 0; p < padded.length; p++) {
            var hash = PaddedText.wordHash(padded[p], 1);
            var slot = slotOf(hash);
            slotHashes[slot] = hash;
            var before = slotPhrases[slot] == null ? new int[0] : slotPhrases[slot];
            slotPhrases[slot] = Arrays.copyOf(before, before.length + 1);
            slotPhrases[slot][before.length] = p;
        }
    }

    public String name() {
        return name;
    }

    public List<String> phrases() {
        return phrases;
    }

    /** The first phrase of the list the post contains. */
    public Optional<String> firstIn(PaddedText post) {
        var first = new int[] {Integer.MAX_VALUE};
        found(post, p -> first[0] = Math.min(first[0], p));
        return first[0] == Integer.MAX_VALUE ? Optional.empty() : Optional.of(phrases.get(first[0]));
    }

    /** Every phrase of the list the post contains, in list order. */
    public List<String> allIn(PaddedText post) {
        var found = new boolean[phrases.size()];
        found(post, p -> found[p] = true);
        var all = new ArrayList<String>();
        for (var p = 0; p < found.length; p++) {
            if (found[p]) {
                all.add(phrases.get(p));
            }
        }
        return all;
    }

    /** Hands over the number of each phrase standing at some word of the post (once per place it stands). */
    private void found(PaddedText post, IntConsumer phrase) {
        var text = post.text();
        for (var w = 0; w < post.words(); w++) {
            var candidates = startingWith(post.hash(w));
            if (candidates == null) {
                continue;
            }
            for (var p : candidates) {
                if (text.startsWith(padded[p], post.space(w))) {
                    phrase.accept(p);
                }
            }
        }
    }

    /** The phrases whose first word hashes to this value (words that collide included), or null. */
    private int[] startingWith(int hash) {
        var slot = slotOf(hash);
        return slotHashes[slot] == hash ? slotPhrases[slot] : null;
    }

    private int slotOf(int hash) {
        var mask = slotHashes.length - 1;
        var slot = (hash * 0x9E3779B1 >>> 16) & mask;
        while (slotHashes[slot] != 0 && slotHashes[slot] != hash) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }
}
