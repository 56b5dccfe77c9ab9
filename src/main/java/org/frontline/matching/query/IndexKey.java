package org.frontline.matching.query;

/**
 * Something a post must contain for a query to have a chance: a word, two words side by side (from a phrase), a word
 * starting with a wildcard's stem, a hashtag or mention, or a fact ({@code lang=fr}).
 */
record IndexKey(Kind kind, String value) {

    enum Kind {
        WORD,
        PAIR,
        PREFIX,
        TAG,
        FACT
    }

    static IndexKey word(String word) {
        return new IndexKey(Kind.WORD, word);
    }

    /** Two folded words, first then second, joined by a space (tokens never contain one). */
    static IndexKey pair(String first, String second) {
        return new IndexKey(Kind.PAIR, first + " " + second);
    }

    static IndexKey prefixOf(String stem) {
        return new IndexKey(Kind.PREFIX, stem);
    }

    static IndexKey tag(String key) {
        return new IndexKey(Kind.TAG, key);
    }

    static IndexKey fact(String name, String value) {
        return new IndexKey(Kind.FACT, name + "=" + value);
    }
}
