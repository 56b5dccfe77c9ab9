package org.frontline.matching.query;

/**
 * One piece of query text: a keyword, a parenthesis, a bare word or a quoted phrase, at {@code [start, end)} in the
 * query. For a phrase, {@code text} is what stands between the quotes.
 */
record Lexeme(Kind kind, String text, int start, int end) {

    enum Kind {
        WORD,
        PHRASE,
        AND,
        OR,
        NOT,
        /** {@code NEAR/3} or {@code NEAR/3f}; the parser reads the distance from the text. */
        NEAR,
        OPEN,
        CLOSE,
        END;

        boolean startsOperand() {
            return this == WORD || this == PHRASE || this == NOT || this == OPEN;
        }
    }
}
