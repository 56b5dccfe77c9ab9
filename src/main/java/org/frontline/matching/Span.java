package org.frontline.matching;

/**
 * A matched stretch of a post's original text: {@code [start, end)} as UTF-16 offsets, so the UI can
 * highlight exactly what the customer wrote.
 */
public record Span(int start, int end) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("Invalid span [" + start + ", " + end + ")");
        }
    }
}
