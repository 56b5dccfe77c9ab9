package org.frontline.classify.internal;

import java.util.List;

/**
 * A post as its lower-case tokens between single spaces, with a space at each end (" cancel my plan "), where
 * {@link Phrases} look for whole words. Each space that a word follows is kept with that word's hash, computed once
 * per post, so that every phrase list only probes its index per word instead of reading the post again.
 */
public final class PaddedText {

    private final String text;
    private final int[] spaces;
    private final int[] hashes;

    private PaddedText(String text) {
        this.text = text;
        var count = 0;
        for (var i = 0; i < text.length() - 1; i++) {
            count += text.charAt(i) == ' ' ? 1 : 0;
        }
        this.spaces = new int[count];
        this.hashes = new int[count];
        var n = 0;
        for (var i = 0; i < text.length() - 1; i++) {
            if (text.charAt(i) == ' ') {
                spaces[n] = i;
                hashes[n++] = wordHash(text, i + 1);
            }
        }
    }

    /** Any text, as it stands: it should already be lower case with single spaces and one at each end. */
    public static PaddedText of(String text) {
        return new PaddedText(text);
    }

    /** The post's tokens, each mention as "@user". */
    public static PaddedText of(List<Token> tokens) {
        var text = new StringBuilder(tokens.size() * 7).append(' ');
        for (var token : tokens) {
            text.append(token.kind() == Token.Kind.MENTION ? "@user" : token.norm()).append(' ');
        }
        return new PaddedText(text.toString());
    }

    public String text() {
        return text;
    }

    /** How many spaces have something after them. */
    int words() {
        return spaces.length;
    }

    /** Where the {@code i}th such space stands. */
    int space(int i) {
        return spaces[i];
    }

    /** The hash of the characters after the {@code i}th space up to the next space. */
    int hash(int i) {
        return hashes[i];
    }

    /** FNV-1a of the characters from {@code from} up to the next space (or the end), never 0. */
    static int wordHash(String text, int from) {
        var hash = 0x811c9dc5;
        for (var i = from; i < text.length() && text.charAt(i) != ' '; i++) {
            hash = (hash ^ text.charAt(i)) * 0x01000193;
        }
        return hash == 0 ? 1 : hash;
    }
}
