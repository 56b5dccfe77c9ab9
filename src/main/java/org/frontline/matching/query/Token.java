package org.frontline.matching.query;

/**
 * One word of a text: its folded form and where it stands in the original text, as UTF-16 offsets
 * {@code [start, end)}, so spans built from tokens highlight exactly what was written.
 */
public record Token(String folded, int start, int end) {

    public Token {
        if (folded.isEmpty()) {
            throw new IllegalArgumentException("A token has at least one character");
        }
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("Invalid token offsets [" + start + ", " + end + ")");
        }
    }
}
