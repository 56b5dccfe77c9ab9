package org.frontline.matching.query;

/**
 * Something a post must contain for a query to have a chance: a word, the first {@link #PREFIX_LENGTH} characters of a
 * word, a hashtag or mention, or a fact ({@code lang=fr}).
 */
record IndexKey(Kind kind, String value) {

    /** Wildcards are indexed by this many leading characters; {@link Prefix#MIN_STEM_LENGTH} guarantees them. */
    static final int PREFIX_LENGTH = 3;

    enum Kind {
        WORD,
        PREFIX,
        TAG,
        FACT
    }

    static IndexKey word(String word) {
        return new IndexKey(Kind.WORD, word);
    }

    static IndexKey prefixOf(String stem) {
        return new IndexKey(Kind.PREFIX, stem.substring(0, PREFIX_LENGTH));
    }

    static IndexKey tag(String key) {
        return new IndexKey(Kind.TAG, key);
    }

    static IndexKey fact(String name, String value) {
        return new IndexKey(Kind.FACT, name + "=" + value);
    }
}
