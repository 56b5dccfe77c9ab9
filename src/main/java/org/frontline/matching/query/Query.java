package org.frontline.matching.query;

/**
 * A parsed tracking query: an immutable tree of {@link Term}, {@link Phrase}, {@link And}, {@link Or} and
 * {@link Not}. Words are stored folded ({@link TextFolding}), exactly as the {@link Tokenizer} produces them.
 *
 * <p>The interface is sealed so that every consumer switches over all kinds of node; proximity, wildcards, hashtags,
 * mentions and fields will arrive as new records here, and the compiler will point at each place to extend.
 */
public sealed interface Query permits Term, Phrase, And, Or, Not {

    /**
     * Prints the query in normal form: operators in capitals, {@code AND} written out, words folded, and every nested
     * {@code AND}/{@code OR} group in parentheses. Parsing the canonical form of a query that {@link QueryParser}
     * produced gives back an equal query.
     */
    String canonical();
}
