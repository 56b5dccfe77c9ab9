package org.frontline.matching.query;

import java.util.Locale;

/**
 * A condition on who wrote a post, where, in which language, or which address it has: {@code author:acme_support},
 * {@code channel:reddit}, {@code lang:fr}, {@code url:acme.com/refund}, {@code site:acme.com}. Values are stored in
 * lower case; fields never match words of the text and have no span.
 */
public record Field(Name name, String value) implements Query {

    public enum Name {
        /** The author's handle, without a leading {@code @}; also matches the local part of {@code user@server}. */
        AUTHOR,
        /** The channel's wire name: {@code mastodon}, {@code x} … */
        CHANNEL,
        /** The post's language: {@code en} matches {@code en} and {@code en-GB}. */
        LANG,
        /** A fragment of the post's address or of a link in its text. */
        URL,
        /** The host of the post's address or of a link in its text, or a domain above it. */
        SITE;

        public String keyword() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** @throws IllegalArgumentException if the value is empty, not lower case, or contains white space */
    public Field {
        if (value.isEmpty() || !value.equals(value.toLowerCase(Locale.ROOT)) || value.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("Not a field value: \"" + value + "\"");
        }
    }

    @Override
    public String canonical() {
        return name.keyword() + ":" + value;
    }
}
