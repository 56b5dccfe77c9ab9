package org.frontline.matching.query;

import java.io.Serial;

/**
 * A tracking query that cannot be parsed. The message is a sentence written for the person typing the query; it never
 * contains class names or stack traces, so it can be shown as is.
 */
public final class QuerySyntaxError extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final int position;
    private final String expected;

    /**
     * @param position 0-based character offset in the query text where the problem is
     * @param expected short description of what should have come there, such as {@code ")"} or {@code "a term"}
     * @param message  the readable sentence returned by {@link #getMessage()}
     */
    public QuerySyntaxError(int position, String expected, String message) {
        // A user's typo, not a bug: a stack trace would only cost time on every keystroke of a live preview.
        super(message, null, false, false);
        this.position = position;
        this.expected = expected;
    }

    /** 0-based character offset in the query text where the problem is. */
    public int position() {
        return position;
    }

    /** What should have come at {@link #position()}: {@code ")"}, {@code "a term"}, {@code "closing quote"} … */
    public String expected() {
        return expected;
    }
}
