package org.frontline.matching.query;

/**
 * {@code @acme_support}: matches a mention of that account (folded, without its {@code @}). A name without a domain
 * also matches the fediverse form {@code @acme_support@mastodon.social}.
 */
public record Mention(String name) implements Query {

    /** @throws IllegalArgumentException if {@code name} is empty or not folded */
    public Mention {
        Term.requireFoldedWord(name);
    }

    @Override
    public String canonical() {
        return "@" + name;
    }
}
