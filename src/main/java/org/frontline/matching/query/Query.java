package org.frontline.matching.query;

/**
 * A parsed tracking query: an immutable tree of words ({@link Term}, {@link Phrase}, {@link Prefix}, {@link Hashtag},
 * {@link Mention}), proximity ({@link Near}), conditions on the post ({@link Field}, {@link Followers}) and logic
 * ({@link And}, {@link Or}, {@link Not}). Words are stored folded ({@link TextFolding}), exactly as the
 * {@link Tokenizer} produces them.
 *
 * <p>The interface is sealed so that every consumer switches over all kinds of node, and the compiler points at each
 * place to extend when a kind is added.
 */
public sealed interface Query permits Term, Phrase, Prefix, Hashtag, Mention, Near, Field, Followers, And, Or, Not {

    /**
     * Prints the query in normal form: operators in capitals, {@code AND} written out, words folded, and every nested
     * {@code AND}/{@code OR} group in parentheses. Parsing the canonical form of a query that {@link QueryParser}
     * produced gives back an equal query.
     */
    String canonical();
}
