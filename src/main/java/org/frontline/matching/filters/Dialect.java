package org.frontline.matching.filters;

import org.frontline.matching.query.Query;
import org.jspecify.annotations.Nullable;

/** How one network expresses the leaves of a query: words, phrases, tags, fields. */
interface Dialect {

    /** The channel's wire name, for {@code channel:} conditions. */
    String channel();

    /**
     * The network's operator for a leaf ({@code Term}, {@code Phrase}, {@code Prefix}, {@code Hashtag}, {@code Mention},
     * a {@code Field} other than {@code channel:}, {@code Followers}). Never narrower than the leaf; when it is wider,
     * or {@link Filter#ANYTHING}, {@code note} says why.
     */
    Leaf leaf(Query leaf);

    /** A translated leaf: {@code exact} when the operator holds for exactly the posts the leaf matches. */
    record Leaf(Filter filter, boolean exact, @Nullable String note) {

        static Leaf exact(Filter.Operator operator) {
            return new Leaf(operator, true, null);
        }

        static Leaf wider(Filter filter, String note) {
            return new Leaf(filter, false, note);
        }
    }

    /** Quotes {@code text} for a syntax where {@code "} starts a phrase and {@code \} escapes. */
    static String quoted(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
